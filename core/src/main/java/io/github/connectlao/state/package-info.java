/**
 * State bodies of the Lao PDR (ອົງການລັດ): sectors (ຂະແໜງການ), kinds of body at each level, the
 * rules of which body sits under which, the standard sector bodies of every province and district,
 * and job-position determination (ການກໍານົດຕໍາແໜ່ງງານ). Start with {@link
 * io.github.connectlao.state.StateBodies}.
 *
 * <p>Null policy: no parameter, record component or return value is {@code null}; an absent value
 * is an {@link java.util.Optional} (or an empty list). A {@code null} argument is refused with an
 * {@link io.github.connectlao.InvalidValueException} naming the field or parameter
 * ({@code InvalidValueException.required}), so that a value missing from a file is reported like
 * any other bad value.
 */
package io.github.connectlao.state;
