package io.attache.sink;

import java.io.IOException;
import org.apache.kafka.common.TopicPartition;

/** Called at each {@link CommitStep}; tests inject crashes and I/O errors here. */
@FunctionalInterface
interface CommitHook {
    CommitHook NONE = (step, partition) -> {};

    void reached(CommitStep step, TopicPartition partition) throws IOException;
}
