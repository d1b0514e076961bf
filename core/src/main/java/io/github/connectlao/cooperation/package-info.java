/**
 * Cooperation between state bodies, above all the Ministry of Home Affairs and the Ministry of
 * Health: agreements (ບົດບັນທຶກຄວາມເຂົ້າໃຈ, MoU), cooperation areas, programmes and their phases
 * with target areas, meetings and reports, and cooperation frameworks such as the ASEAN
 * civil-service work plan. Start with {@link io.github.connectlao.cooperation.LaoCooperation}.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.cooperation;
