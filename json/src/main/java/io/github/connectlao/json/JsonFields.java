package io.github.connectlao.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the properties of one JSON object, tracking the path for error messages and the properties
 * used so that unknown ones can be refused.
 */
final class JsonFields {
  private final JsonNode node;
  private final String path;
  private final boolean rejectUnknown;
  private final Set<String> used = new LinkedHashSet<>();

  private JsonFields(JsonNode node, String path, boolean rejectUnknown) {
    this.node = node;
    this.path = path;
    this.rejectUnknown = rejectUnknown;
  }

  /**
   * The fields of an object node.
   *
   * @throws JsonFormatException when the node is not an object
   */
  static JsonFields of(JsonNode node, String path, boolean rejectUnknown) {
    if (node == null || !node.isObject()) {
      throw new JsonFormatException(path, "expected a JSON object, found " + kind(node));
    }
    return new JsonFields(node, path, rejectUnknown);
  }

  String path() {
    return path;
  }

  String path(String name) {
    return path + "." + name;
  }

  boolean rejectUnknown() {
    return rejectUnknown;
  }

  private Optional<JsonNode> opt(String name) {
    used.add(name);
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(v);
  }

  private JsonNode req(String name) {
    return opt(name).orElseThrow(() -> new JsonFormatException(path(name), "is required"));
  }

  Optional<String> optText(String name) {
    return opt(name).map(v -> text(v, path(name)));
  }

  String text(String name) {
    return text(req(name), path(name));
  }

  static String text(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new JsonFormatException(path, "expected a string, found " + kind(v));
    }
    return v.textValue();
  }

  Optional<Boolean> optBoolean(String name) {
    return opt(name)
        .map(
            v -> {
              if (!v.isBoolean()) {
                throw new JsonFormatException(
                    path(name), "expected true or false, found " + kind(v));
              }
              return v.booleanValue();
            });
  }

  boolean bool(String name) {
    return optBoolean(name).orElseThrow(() -> new JsonFormatException(path(name), "is required"));
  }

  Optional<Integer> optInt(String name) {
    return opt(name).map(v -> integer(v, path(name)));
  }

  int integer(String name) {
    return integer(req(name), path(name));
  }

  static int integer(JsonNode v, String path) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new JsonFormatException(
          path, "expected a whole number in the int range, found " + kind(v));
    }
    return v.intValue();
  }

  Optional<Long> optLong(String name) {
    return opt(name).map(v -> longValue(v, path(name)));
  }

  long longValue(String name) {
    return longValue(req(name), path(name));
  }

  static long longValue(JsonNode v, String path) {
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new JsonFormatException(
          path, "expected a whole number in the long range, found " + kind(v));
    }
    return v.longValue();
  }

  Optional<LocalDate> optDate(String name) {
    return optText(name).map(s -> date(s, path(name)));
  }

  LocalDate date(String name) {
    return date(text(name), path(name));
  }

  static LocalDate date(String s, String path) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw new JsonFormatException(path, "is not an ISO-8601 date (yyyy-MM-dd)");
    }
  }

  /** A value read from a string by a parser that throws {@link ConnectLaoException}. */
  <T> T parsed(String name, Function<String, T> parser) {
    String s = text(name);
    return parse(s, path(name), parser);
  }

  <T> Optional<T> optParsed(String name, Function<String, T> parser) {
    return optText(name).map(s -> parse(s, path(name), parser));
  }

  static <T> T parse(String s, String path, Function<String, T> parser) {
    try {
      return parser.apply(s);
    } catch (JsonFormatException e) {
      throw new JsonFormatException(path + e.path(), e.reason(), e);
    } catch (InvalidValueException e) {
      // the exception's message quotes the value: only its reason is kept, in message and cause
      throw new JsonFormatException(
          path, e.reason(), JsonFormatException.sanitisedCause(e, e.field() + ": " + e.reason()));
    } catch (ConnectLaoException
        | IllegalArgumentException
        | DateTimeException
        | ArithmeticException e) {
      throw new JsonFormatException(
          path,
          "is refused (" + e.getClass().getSimpleName() + ")",
          JsonFormatException.sanitisedCause(e, "(message withheld: it may quote the value)"));
    }
  }

  /** An enum constant by its exact name. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return enumConstant(text(name), path(name), type);
  }

  static <E extends Enum<E>> E enumConstant(String s, String path, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new JsonFormatException(path, "is not one of " + names);
  }

  JsonFields object(String name) {
    return of(req(name), path(name), rejectUnknown);
  }

  Optional<JsonFields> optObject(String name) {
    return opt(name).map(v -> of(v, path(name), rejectUnknown));
  }

  /** The elements of an array property; absent or null reads as empty. */
  <T> List<T> list(String name, ElementReader<T> reader) {
    Optional<JsonNode> v = opt(name);
    if (v.isEmpty()) {
      return List.of();
    }
    return list(v.get(), path(name), rejectUnknown, reader);
  }

  static <T> List<T> list(
      JsonNode array, String path, boolean rejectUnknown, ElementReader<T> reader) {
    if (!array.isArray()) {
      throw new JsonFormatException(path, "expected a JSON array, found " + kind(array));
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(reader.read(array.get(i), path + "[" + i + "]", rejectUnknown));
    }
    return out;
  }

  /** @return the names of every property of the object, in document order (all count as read) */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            n -> {
              names.add(n);
              used.add(n);
            });
    return names;
  }

  /** The raw node of a property, if present. */
  Optional<JsonNode> node(String name) {
    return opt(name);
  }

  /**
   * Builds the value with the type's validating constructor, turning its refusal into a {@link
   * JsonFormatException} at this object's path.
   */
  <T> T build(java.util.function.Supplier<T> constructor) {
    finish();
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      throw new JsonFormatException(path + "." + e.field(), e.getMessage(), e);
    } catch (ConnectLaoException | IllegalArgumentException | NullPointerException e) {
      throw new JsonFormatException(path, String.valueOf(e.getMessage()), e);
    }
  }

  /** Refuses the properties that were not read, when unknown properties are rejected. */
  void finish() {
    if (!rejectUnknown) {
      return;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!used.contains(n)) {
        throw new JsonFormatException(path(cut(n)), "is not a known property here; known: " + used);
      }
    }
  }

  static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static String cut(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  interface ElementReader<T> {
    T read(JsonNode node, String path, boolean rejectUnknown);
  }
}
