package io.github.connectlao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ConnectLaoExceptionTest {

  @Test
  void keepsItsMessageAndCause() {
    IOException cause = new IOException("disk");
    ConnectLaoException e = new ConnectLaoException("cannot read the bundled x.csv", cause);
    assertThat(e.getMessage()).isEqualTo("cannot read the bundled x.csv");
    assertThat(e).hasCause(cause);
    assertThat(new ConnectLaoException("no cause").getCause()).isNull();
  }

  @Test
  void theMessageIsNeverNullEvenWhenNoneWasGiven() {
    // a subclass or a caller that passes null still yields a message naming the exception's type,
    // so a row error built from it always has a reason
    ConnectLaoException e = new ConnectLaoException(null);
    assertThat(e.getMessage()).isEqualTo(ConnectLaoException.class.getName());
    assertThat(new InvalidValueException("f", 1, "is bad").getMessage()).isEqualTo("f: '1' is bad");
  }

  @Test
  void everyDocumentedFailureIsOne() {
    assertThat(new InvalidValueException("f", 1, "is bad")).isInstanceOf(ConnectLaoException.class);
    assertThat(new io.github.connectlao.csv.CsvImportException("x.csv: line 1: no header"))
        .isInstanceOf(ConnectLaoException.class);
  }
}
