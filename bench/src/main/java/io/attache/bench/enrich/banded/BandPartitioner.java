package io.attache.bench.enrich.banded;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends one band message to every partition of the band topic that owns one of the article's four bands
 * ({@link FingerprintBands#partition}), instead of one message per band: with fewer partitions than bands, an
 * article's query, answer and outcome travel as fewer records.
 */
public final class BandPartitioner implements StreamPartitioner<String, BandMessage> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, BandMessage message, int numPartitions) {
        Set<Integer> owners = new HashSet<>();
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            owners.add(FingerprintBands.partition(message.fingerprint().simhash(), band, numPartitions));
        }
        return Optional.of(owners);
    }
}
