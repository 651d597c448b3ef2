package io.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it arrives and cancels the download the moment it passes the cap, so a
 * huge body never sits in memory. {@link #cancel()} aborts it from outside (the total timeout).
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private long received;

    CappedBodySubscriber(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > limit) {
                result.completeExceptionally(new BodyTooLargeException(limit));
                subscription.cancel();
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Stops the download; the body completes with an error if it had not completed yet. */
    void cancel() {
        result.completeExceptionally(new java.util.concurrent.CancellationException("fetch cancelled"));
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
