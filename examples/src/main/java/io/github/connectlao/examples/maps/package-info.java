/**
 * Choropleth maps of the Lao PDR by province and district ({@link io.github.connectlao.examples.maps.Maps}),
 * drawn with Java 2D from the boundary files shipped with the examples; usable from JShell and by
 * the national report.
 */
package io.github.connectlao.examples.maps;
