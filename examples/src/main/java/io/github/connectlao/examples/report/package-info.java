/**
 * The national report (the project's main job): options, sections, terminal and file output,
 * and charts. Nothing here is part of the library's API; it shows how to use it.
 */
package io.github.connectlao.examples.report;
