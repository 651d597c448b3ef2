package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void neverRunsMoreThanTheLimitsAllow() {
        HostThrottle throttle = new HostThrottle(4, 2, threads);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Map<String, AtomicInteger> perHost = new ConcurrentHashMap<>();
        Map<String, Integer> peakPerHost = new ConcurrentHashMap<>();
        List<CompletableFuture<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String host = "host" + (i % 3);
            tasks.add(throttle.submit(host, () -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                int mine =
                        perHost.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                peakPerHost.merge(host, mine, Math::max);
                pause(5);
                perHost.get(host).decrementAndGet();
                running.decrementAndGet();
                return 1;
            }));
        }

        assertThat(tasks.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(40);
        assertThat(peak.get()).isLessThanOrEqualTo(4);
        assertThat(peakPerHost.values()).allMatch(p -> p <= 2);
    }

    @Test
    void aSlowHostDoesNotHoldBackOtherHosts() throws InterruptedException {
        HostThrottle throttle = new HostThrottle(4, 2, threads);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
            throttle.submit("slow", () -> await(release));
        }
        CountDownLatch fastDone = new CountDownLatch(5);
        for (int i = 0; i < 5; i++) {
            throttle.submit("fast", () -> {
                fastDone.countDown();
                return true;
            });
        }

        assertThat(fastDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(throttle.waitingCount()).isEqualTo(4);
        release.countDown();
    }

    @Test
    void aFailingTaskReleasesItsSlot() {
        HostThrottle throttle = new HostThrottle(1, 1, threads);
        CompletableFuture<Object> failing = throttle.submit("h", () -> {
            throw new IllegalStateException("boom");
        });
        CompletableFuture<String> next = throttle.submit("h", () -> "ran");

        assertThat(next.join()).isEqualTo("ran");
        assertThat(failing).isCompletedExceptionally();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
