/**
 * Cooperation between state bodies, above all the Ministry of Home Affairs and the Ministry of
 * Health: agreements (ບົດບັນທຶກຄວາມເຂົ້າໃຈ, MoU), cooperation areas, programmes and their phases
 * with target areas, meetings and reports, and cooperation frameworks such as the ASEAN
 * civil-service work plan. Start with {@link io.github.connectlao.cooperation.LaoCooperation}.
 *
 * <p>Null policy: no parameter, record component or return value is {@code null}; an absent value
 * is an {@link java.util.Optional} (or an empty list). A {@code null} argument is refused with an
 * {@link io.github.connectlao.InvalidValueException} naming the field or parameter
 * ({@code InvalidValueException.required}), so that a value missing from a file is reported like
 * any other bad value.
 */
package io.github.connectlao.cooperation;
