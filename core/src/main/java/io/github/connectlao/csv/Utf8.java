package io.github.connectlao.csv;

/** Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
final class Utf8 {
  private Utf8() {}

  static boolean isValid(byte[] a, int from, int to) {
    int i = from;
    while (i < to) {
      int b = a[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= to) {
        return false;
      }
      int cp = b & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int c = a[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }
}
