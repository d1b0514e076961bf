/**
 * State bodies of the Lao PDR (ອົງການລັດ): sectors (ຂະແໜງການ), kinds of body at each level, the
 * rules of which body sits under which, the standard sector bodies of every province and district,
 * and job-position determination (ການກໍານົດຕໍາແໜ່ງງານ). Start with {@link
 * io.github.connectlao.state.StateBodies}.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.state;
