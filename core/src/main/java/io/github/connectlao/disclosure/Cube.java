package io.github.connectlao.disclosure;

import java.util.List;

/** The dense cube of every combination of codes of a release, with the sum of the leaves under each. */
final class Cube {
  final List<Hierarchy> dims;
  final int[] size;
  final int[] stride;
  final int cells;
  final long[] value;

  Cube(List<Hierarchy> dims) {
    this.dims = dims;
    int k = dims.size();
    size = new int[k];
    stride = new int[k];
    int n = 1;
    for (int d = k - 1; d >= 0; d--) {
      size[d] = dims.get(d).size();
      stride[d] = n;
      n *= size[d];
    }
    cells = n;
    value = new long[n];
  }

  int index(int[] nodes) {
    int i = 0;
    for (int d = 0; d < nodes.length; d++) {
      i += nodes[d] * stride[d];
    }
    return i;
  }

  int index(List<String> codes) {
    int i = 0;
    for (int d = 0; d < codes.size(); d++) {
      i += dims.get(d).indexOf(codes.get(d)) * stride[d];
    }
    return i;
  }

  int node(int cell, int d) {
    return (cell / stride[d]) % size[d];
  }

  int with(int cell, int d, int node) {
    return cell + (node - node(cell, d)) * stride[d];
  }

  Cell cell(int index) {
    String[] codes = new String[dims.size()];
    for (int d = 0; d < codes.length; d++) {
      codes[d] = dims.get(d).codes().get(node(index, d));
    }
    return Cell.of(codes);
  }

  /** Sums the leaves into every parent, one dimension after the other (children come after parents). */
  void rollUp() {
    for (int d = 0; d < dims.size(); d++) {
      Hierarchy h = dims.get(d);
      int block = size[d] * stride[d];
      for (int base = 0; base < cells; base += block) {
        for (int node = h.size() - 1; node > 0; node--) {
          int from = base + node * stride[d];
          int to = base + h.parentIndex(node) * stride[d];
          for (int inner = 0; inner < stride[d]; inner++) {
            value[to + inner] = Math.addExact(value[to + inner], value[from + inner]);
          }
        }
      }
    }
  }

  boolean isLeafCell(int cell) {
    for (int d = 0; d < size.length; d++) {
      if (!dims.get(d).childIndexes(node(cell, d)).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
