/**
 * The facade: {@link io.github.connectlao.facade.ConnectLao}, short static calls over the embedded
 * defaults for JShell and quick embedding. It sits above every model package (nothing in the model
 * depends on it), so it is a package of its own rather than part of the base values.
 *
 * <p>No method returns {@code null}; absent values are {@code Optional}.
 */
package io.github.connectlao.facade;
