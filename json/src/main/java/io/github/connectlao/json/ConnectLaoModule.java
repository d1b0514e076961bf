package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jackson module holding the JSON form of every public model type of connect-lao, with
 * explicit serializers and deserializers (no reflection on the model, no annotations on it, no
 * polymorphic typing).
 *
 * <p>Dates are ISO-8601 strings, partial dates, periods and fractions their {@code toString()}
 * forms, codes and enum constants strings; an empty {@code Optional} is omitted. Reading goes
 * through each type's validating constructor, and any refusal becomes a {@link
 * JsonFormatException} naming the JSON path. Unknown properties are refused when {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled (Jackson's default; {@link
 * ConnectLaoJson} disables it unless built {@code strict()}). The module registers serializers
 * and deserializers for the library's own types only: a host's {@code java.time} or other JDK
 * values are written as the host's mapper says. Register it on your own mapper with {@code
 * mapper.registerModule(new ConnectLaoModule())}, or take a configured one from {@link
 * ConnectLaoJson#newMapper()}.
 */
public final class ConnectLaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with every form. */
  public ConnectLaoModule() {
    super(
        "ConnectLaoModule",
        new Version(0, 1, 0, "SNAPSHOT", "io.github.connectlao", "connect-lao-json"));
    for (Form<?> form : forms()) {
      register(form);
    }
  }

  /** @return every form the module registers */
  static List<Form<?>> forms() {
    List<Form<?>> forms = new ArrayList<>(CoreForms.all());
    forms.addAll(CrvsForms.all());
    forms.addAll(TargetForms.all());
    forms.addAll(StateForms.all());
    return forms;
  }

  /**
   * The model types this module reads and writes.
   *
   * @return the types, in registration order
   */
  public static List<Class<?>> supportedTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Form<?> form : forms()) {
      types.add(form.type());
    }
    return List.copyOf(types);
  }

  /**
   * The types this module writes but does not read (publication outputs such as a suppressed
   * table); reading one throws {@link JsonFormatException} saying why.
   *
   * @return the write-only types
   */
  public static List<Class<?>> writeOnlyTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Form<?> form : forms()) {
      if (form.isWriteOnly()) {
        types.add(form.type());
      }
    }
    return List.copyOf(types);
  }

  private <T> void register(Form<T> form) {
    addSerializer(form.type(), new FormSerializer<>(form));
    addDeserializer(form.type(), new FormDeserializer<>(form));
  }

  private static final class FormSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Form<T> form;

    FormSerializer(Form<T> form) {
      super(form.type());
      this.form = form;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      form.write(value, g);
    }
  }

  private static final class FormDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Form<T> form;

    FormDeserializer(Form<T> form) {
      super(form.type());
      this.form = form;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = path(p.getParsingContext().pathAsPointer());
      JsonNode node = ctxt.readTree(p);
      return form.read(
          node, path, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }
  }

  /** {@code /units/2/level} becomes {@code $.units[2].level}. */
  static String path(JsonPointer pointer) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        sb.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        sb.append('.').append(p.getMatchingProperty());
      }
    }
    return sb.toString();
  }
}
