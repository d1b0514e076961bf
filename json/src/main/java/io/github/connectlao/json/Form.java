package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Function;

/**
 * The JSON form of one model type: how it is written and how it is read back (through the type's
 * validating constructor or factory).
 *
 * @param <T> the model type
 */
abstract class Form<T> {
  private final Class<T> type;

  Form(Class<T> type) {
    this.type = type;
  }

  Class<T> type() {
    return type;
  }

  /** Writes one complete value. */
  abstract void write(T value, JsonGenerator g) throws IOException;

  /** Reads one value from its tree. */
  abstract T read(JsonNode node, String path, boolean rejectUnknown);

  /** A form written as a JSON object. */
  abstract static class Obj<T> extends Form<T> {
    Obj(Class<T> type) {
      super(type);
    }

    @Override
    final void write(T value, JsonGenerator g) throws IOException {
      g.writeStartObject();
      fields(value, g);
      g.writeEndObject();
    }

    @Override
    T read(JsonNode node, String path, boolean rejectUnknown) {
      return read(JsonFields.of(node, path, rejectUnknown));
    }

    /** Writes the properties, in their documented order. */
    abstract void fields(T value, JsonGenerator g) throws IOException;

    /** Reads the properties; ends with {@link JsonFields#build}. */
    abstract T read(JsonFields f);
  }

  /** A form written as a JSON string: the type's text form. */
  static final class Text<T> extends Form<T> {
    private final Function<T, String> format;
    private final Function<String, T> parse;

    Text(Class<T> type, Function<T, String> format, Function<String, T> parse) {
      super(type);
      this.format = format;
      this.parse = parse;
    }

    @Override
    void write(T value, JsonGenerator g) throws IOException {
      g.writeString(format.apply(value));
    }

    @Override
    T read(JsonNode node, String path, boolean rejectUnknown) {
      return JsonFields.parse(JsonFields.text(node, path), path, parse);
    }

    T parse(String text, String path) {
      return JsonFields.parse(text, path, parse);
    }
  }

  /** @return true when the type has a JSON form to write but none to read */
  boolean isWriteOnly() {
    return false;
  }

  /** A form that is only written (publication outputs); reading it is refused with the reason. */
  abstract static class WriteOnly<T> extends Obj<T> {
    private final String why;

    WriteOnly(Class<T> type, String why) {
      super(type);
      this.why = why;
    }

    @Override
    T read(JsonFields f) {
      throw new JsonFormatException(
          f.path(), type().getSimpleName() + " is written, not read: " + why);
    }

    @Override
    boolean isWriteOnly() {
      return true;
    }
  }

  /** An enum written as its constant's name. */
  static <E extends Enum<E>> Text<E> enumForm(Class<E> type) {
    return new Text<>(type, Enum::name, s -> JsonFields.enumConstant(s, "", type));
  }
}
