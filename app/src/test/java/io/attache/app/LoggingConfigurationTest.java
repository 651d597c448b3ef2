package io.attache.app;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class LoggingConfigurationTest {
    @Test
    void theJarsLoggingConfigurationIsWellFormed() {
        // Log4j does not fail on a broken configuration: it prints a stack trace and logs nothing after.
        assertThatCode(() -> {
                    try (InputStream in = Main.class.getResourceAsStream("/log4j2.xml")) {
                        DocumentBuilderFactory.newInstance()
                                .newDocumentBuilder()
                                .parse(in);
                    }
                })
                .doesNotThrowAnyException();
    }
}
