package io.attache.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestBrokersTest {
    private static TestBroker containerThatFails() {
        throw new IllegalStateException("Container startup failed", new RuntimeException("image not found"));
    }

    @Test
    void whenDockerAnswersButTheContainerCannotStartTheRunFailsWithTheReason() {
        assertThatThrownBy(() ->
                        TestBrokers.start("auto", () -> true, TestBrokersTest::containerThatFails, "some/kafka:1"))
                .hasMessageContaining("some/kafka:1")
                .hasMessageContaining("did not start")
                .hasMessageContaining("image not found");
    }

    @Test
    void aForcedContainerThatCannotStartFailsToo() {
        assertThatThrownBy(() -> TestBrokers.start(
                        "testcontainers", () -> true, TestBrokersTest::containerThatFails, "some/kafka:1"))
                .hasMessageContaining("Container startup failed");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() ->
                        TestBrokers.start("mock", () -> false, TestBrokersTest::containerThatFails, "some/kafka:1"))
                .hasMessageContaining("not one of embedded, testcontainers, auto");
    }
}
