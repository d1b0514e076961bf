package io.github.connectlao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.connectlao.Source;
import io.github.connectlao.testing.TestPerType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every public type of core's main code that has behaviour has a test class of its own, named
 * {@code <Type>Test} in the same package (the rule and what "has behaviour" means: {@link
 * TestPerType} and CONTRIBUTING.md, "Tests"). The allow-list below names the types that do not yet
 * have one, each with the tests that exercise its behaviour today; it may only shrink: an entry
 * whose type gains a test class, loses its behaviour or disappears fails this test until removed.
 */
class TestPerTypeTest {
  /** Type → the tests that cover its behaviour now (most references first). */
  static final Map<String, String> ALLOWED = Map.of();

  @Test
  void everyPublicTypeWithBehaviourHasItsOwnTestClass() {
    assertThat(TestPerType.check(Source.class, TestPerTypeTest.class, ALLOWED)).isEmpty();
  }

  // The rule itself, on small fixtures.

  /** A plain record. */
  public record Plain(String a, int b) {}

  /** A record whose compact constructor checks a field. */
  public record Checked(String a) {
    public Checked {
      Objects.requireNonNull(a, "a");
    }
  }

  /** A record with a derived value. */
  public record Derived(int a) {
    public int twice() {
      return 2 * a;
    }
  }

  /** An enum of constants with a field. */
  public enum Constants {
    A("a"),
    B("b");

    private final String label;

    Constants(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** An interface of abstract methods. */
  public interface Shape {
    int size();
  }

  /** An interface with a default method. */
  public interface ShapeWithDefault {
    int size();

    default boolean isEmpty() {
      return size() == 0;
    }
  }

  /** An exception that only passes its message on. */
  public static final class PassingOn extends RuntimeException {
    public PassingOn(String message) {
      super(message);
    }
  }

  /** An exception that builds its message. */
  public static final class Building extends RuntimeException {
    public Building(List<String> problems) {
      super(String.join("; ", problems));
    }
  }

  private static JavaClass compiled(Class<?> type) {
    return new ClassFileImporter().importClass(type);
  }

  @Test
  void typesWithoutBehaviour() {
    for (Class<?> type : List.of(Plain.class, Constants.class, Shape.class, PassingOn.class)) {
      assertThat(TestPerType.hasBehaviour(compiled(type))).as(type.getSimpleName()).isFalse();
    }
  }

  @Test
  void typesWithBehaviour() {
    assertThat(TestPerType.behaviour(compiled(Checked.class))).isEqualTo("constructor");
    assertThat(TestPerType.behaviour(compiled(Derived.class))).isEqualTo("twice()");
    assertThat(TestPerType.behaviour(compiled(ShapeWithDefault.class))).isEqualTo("isEmpty()");
    assertThat(TestPerType.behaviour(compiled(Building.class))).isEqualTo("constructor");
  }
}
