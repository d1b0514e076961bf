package io.github.connectlao.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule "a test class per public type that has behaviour", decided from the compiled classes so
 * that nobody has to judge it by hand. Each module's {@code TestPerTypeTest} calls {@link #check}
 * with one class of its main code and one of its tests (to find the two class folders) and its
 * allow-list.
 *
 * <p>A <b>type</b> is a public top-level class, record, enum or interface of the module's main code
 * (nested types are part of their enclosing type and tested with it). It <b>has behaviour</b> when
 * it declares
 *
 * <ul>
 *   <li>a method with a body, other than {@code equals}, {@code hashCode}, {@code toString}, a
 *       record's component accessors, an enum's {@code values()}/{@code valueOf(String)} and
 *       compiler-generated (synthetic, bridge) methods; or
 *   <li>a constructor that calls anything besides its superclass constructor (a check such as
 *       {@code InvalidValueException.required}, a defensive {@code List.copyOf}, a helper).
 * </ul>
 *
 * <p>So a plain record, an enum of constants, an interface of abstract methods and an exception that
 * only passes its message on have no behaviour; a record whose compact constructor validates its
 * fields has. Such a type needs a test class named {@code <Type>Test} in the same package, unless
 * the allow-list names it with the test that covers its behaviour.
 */
public final class TestPerType {
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

  private TestPerType() {}

  /**
   * What is wrong with the module's tests against the rule: each type with behaviour and no test
   * class of its own that the allow-list does not name, and each allow-list entry that no longer
   * applies (the type is gone, has a test class now, or has no behaviour), so that the list only
   * shrinks.
   *
   * @param mainAnchor any class of the module's main code
   * @param testAnchor any class of the module's tests
   * @param allowed the allow-list: fully qualified type name to the test that covers it
   * @return one line per problem, empty when the module follows the rule
   */
  public static Set<String> check(
      Class<?> mainAnchor, Class<?> testAnchor, Map<String, String> allowed) {
    JavaClasses main = importFolder(mainAnchor);
    Set<String> tests =
        importFolder(testAnchor).stream().map(JavaClass::getName).collect(Collectors.toSet());
    Set<String> problems = new TreeSet<>();
    Map<String, JavaClass> types = new TreeMap<>();
    for (JavaClass c : main) {
      if (c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)) {
        types.put(c.getName(), c);
      }
    }
    for (JavaClass type : types.values()) {
      boolean tested = tests.contains(type.getName() + "Test");
      if (hasBehaviour(type) && !tested && !allowed.containsKey(type.getName())) {
        problems.add(
            type.getName()
                + " has behaviour ("
                + behaviour(type)
                + ") but no "
                + type.getSimpleName()
                + "Test; write one, or add it to the allow-list with the test that covers it");
      }
    }
    for (String name : allowed.keySet()) {
      JavaClass type = types.get(name);
      if (type == null) {
        problems.add(
            "allow-list names " + name + ", which is not a public top-level type of this module");
      } else if (tests.contains(name + "Test")) {
        problems.add(
            "allow-list names " + name + ", which has its own test class now: remove the entry");
      } else if (!hasBehaviour(type)) {
        problems.add("allow-list names " + name + ", which has no behaviour: remove the entry");
      }
    }
    return problems;
  }

  /**
   * @param type a compiled type
   * @return whether it has behaviour under the rule of this class
   */
  public static boolean hasBehaviour(JavaClass type) {
    return !behaviour(type).isEmpty();
  }

  /**
   * @param type a compiled type
   * @return the members that give it behaviour, for the failure message; empty when it has none
   */
  public static String behaviour(JavaClass type) {
    Set<String> accessors = recordComponents(type);
    Set<String> found = new TreeSet<>();
    for (JavaMethod m : type.getMethods()) {
      if (!generated(m)
          && !m.getModifiers().contains(JavaModifier.ABSTRACT)
          && !objectMethod(m)
          && !(m.getRawParameterTypes().isEmpty() && accessors.contains(m.getName()))
          && !enumMethod(type, m)) {
        found.add(m.getName() + "()");
      }
    }
    for (JavaConstructor c : type.getConstructors()) {
      if (!generated(c) && callsMoreThanSuper(type, c)) {
        found.add("constructor");
      }
    }
    return String.join(", ", found);
  }

  private static boolean callsMoreThanSuper(JavaClass type, JavaConstructor c) {
    long others =
        c.getCallsFromSelf().stream()
            .filter(
                call ->
                    !(call.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                        && type.getRawSuperclass()
                            .map(s -> s.equals(call.getTargetOwner()))
                            .orElse(false)))
            .count();
    return others > 0;
  }

  private static boolean generated(JavaCodeUnit unit) {
    return unit.getModifiers().contains(JavaModifier.SYNTHETIC)
        || unit.getModifiers().contains(JavaModifier.BRIDGE);
  }

  private static boolean objectMethod(JavaMethod m) {
    return OBJECT_METHODS.contains(m.getName())
        && (m.getRawParameterTypes().isEmpty()
            || m.getName().equals("equals") && m.getRawParameterTypes().size() == 1);
  }

  private static boolean enumMethod(JavaClass type, JavaMethod m) {
    return type.isEnum()
        && (m.getName().equals("values") && m.getRawParameterTypes().isEmpty()
            || m.getName().equals("valueOf") && m.getRawParameterTypes().size() == 1);
  }

  private static Set<String> recordComponents(JavaClass type) {
    if (!type.isRecord()) {
      return Set.of();
    }
    RecordComponent[] components = type.reflect().getRecordComponents();
    return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
  }

  private static JavaClasses importFolder(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().importPath(root);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
    }
  }
}
