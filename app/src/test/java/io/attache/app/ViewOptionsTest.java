package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewOptionsTest {
    private static ViewOptions viewOf(String... args) {
        return ParsedMixin.of("view", ViewOptions.class, args);
    }

    @Test
    void theCommandsThatSeeTheWholePipelineServeTheViewByDefault() {
        assertThat(viewOf("run").view()).isPresent();
        assertThat(viewOf("demo").view()).isPresent();
        assertThat(viewOf("web").view()).isPresent();
    }

    @Test
    void theStandalonePartsServeItOnlyWhenAsked() {
        assertThat(viewOf("enrich").view()).isEmpty();
        assertThat(viewOf("enrich", "--view").view()).isPresent();
    }

    @Test
    void noViewTurnsItOff() {
        assertThat(viewOf("run", "--no-view").view()).isEmpty();
    }

    @Test
    void itHoldsTheArticlesItIsAllowed() {
        assertThat(viewOf("run", "--view-max-articles", "3")
                        .view()
                        .orElseThrow()
                        .model()
                        .summary()
                        .maxArticles())
                .isEqualTo(3);
    }

    @Test
    void aViewThatHoldsNothingIsAUserError() {
        assertThatThrownBy(() -> viewOf("run", "--view-max-articles", "0").view())
                .isInstanceOf(UserException.class)
                .hasMessage("--view-max-articles/--view-look-back: the view must hold at least 1 article, was 0");
    }
}
