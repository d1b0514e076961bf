/**
 * JSON forms of every public model type (the module {@code io.github.connectlao.json}, artifact
 * {@code connect-lao-json}; the model itself has no JSON code): one Jackson module ({@link
 * io.github.connectlao.json.ConnectLaoModule}) and one factory of a correctly configured mapper
 * ({@link io.github.connectlao.json.ConnectLaoJson}); the forms are documented in {@code
 * docs/json.md} and pinned by golden files.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}; a {@code null} argument is refused with an {@link
 * io.github.connectlao.InvalidValueException} naming the parameter. In JSON, an empty {@code Optional} is written by
 * omitting the property, and is read from an absent property or from {@code null}.
 */
package io.github.connectlao.json;
