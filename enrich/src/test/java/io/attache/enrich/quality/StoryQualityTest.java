package io.attache.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Story assignment groups the held-out half of the labelled story set by event, above the floor the project promises. */
class StoryQualityTest {
    /** The floor of the issue that brought stories: B-cubed precision and recall both at least this. */
    static final double FLOOR = 0.85;

    private static final List<LabelledStories.Report> ALL = LabelledStories.all();

    @Test
    void theSetIsLargeAndVariedEnough() {
        assertThat(ALL).hasSizeGreaterThanOrEqualTo(120);
        assertThat(ALL.stream().map(LabelledStories.Report::event).distinct().count())
                .isGreaterThanOrEqualTo(40);
        assertThat(ALL.stream().map(r -> r.language().split("-")[0]).collect(Collectors.toSet()))
                .contains("en", "zh");
        assertThat(ALL).anyMatch(r -> !r.written()).anyMatch(LabelledStories.Report::written);
    }

    @Test
    void everyReportHasAUniqueIdAndEveryGroupAndEventOneHalf() {
        assertThat(ALL.stream().map(r -> r.article().id()).distinct().count()).isEqualTo(ALL.size());
        Map<String, Set<String>> halves = ALL.stream()
                .collect(Collectors.groupingBy(
                        LabelledStories.Report::event,
                        Collectors.mapping(LabelledStories.Report::split, Collectors.toSet())));
        assertThat(halves.values())
                .allSatisfy(split -> assertThat(split).hasSize(1).isSubsetOf("dev", "heldout"));
    }

    @Test
    void heldOutHalfIsGroupedByEventAboveTheFloor() {
        StoryQuality heldOut = StoryQuality.measure(LabelledStories.half("heldout"));

        assertThat(heldOut.bcubedPrecision).as("B-cubed precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(heldOut.bcubedRecall).as("B-cubed recall").isGreaterThanOrEqualTo(FLOOR);
    }
}
