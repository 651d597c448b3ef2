package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.Dyad;
import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTaggerTest {
    private static final ArticleTagger TAGGER = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));
    /** Words of no theme that make a text long (over {@link ArticleTagger#SHORT_ITEM} chars). */
    private static final String FILLER = " The council met on Tuesday and will meet again next month.".repeat(8);

    @TempDir
    Path dir;

    @Test
    void baseTaxonomyHasExactlyTheThemeIdsConsumersDependOn() {
        assertThat(Taxonomy.load(List.of()).themeIds())
                .containsExactlyInAnyOrder(
                        "political",
                        "economy_trade",
                        "infrastructure",
                        "agriculture",
                        "energy",
                        "security_defense",
                        "health",
                        "people_culture",
                        "regional_multilateral",
                        "sovereignty",
                        "maritime",
                        "science_technology",
                        "climate_environment");
    }

    @Test
    void gazetteerCoversEveryUnMemberAndObserverStateTaiwanKosovoAndWesternSahara() {
        assertThat(Gazetteer.load(List.of()).codes())
                .hasSize(198)
                .contains("VAT", "PSE", "KHM", "CHN", "SSD", "TLS", "TWN", "XKX", "ESH");
    }

    @Test
    void leadersAndCapitalsStandForTheirCountry() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "Xi Jinping meets Hun Manet",
                "Li Qiang and Wang Yi met Prak Sokhonn and Hun Sen. Beijing and Phnom Penh agreed. Li Keqiang sent a letter.");
        assertThat(tags.dyads()).extracting(Dyad::key).containsExactly("CHN-KHM");
    }

    @Test
    void aFormerLeaderWhoNowHeadsAnInternationalBodyStandsForNoCountry() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "NATO chief Rutte meets Zelensky in Kyiv",
                "Mark Rutte and Volodymyr Zelensky held talks on air defence.");
        assertThat(tags.countries()).containsExactly("UKR");
        assertThat(tags.dyads()).isEmpty();
    }

    @Test
    void dyadCodesAreSortedAndTitleMentionsWeighMore() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "Thailand and Cambodia agree on ceasefire",
                "Thai and Cambodian officials met. Malaysia hosted the talks. Malaysia and Malaysian officials observed.");
        assertThat(tags.dyads().get(0).countries()).containsExactly("KHM", "THA");
    }

    @Test
    void multilateralPieceNamingManyCountriesHasNoDyad() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "ASEAN ministers meet",
                "Ministers from Indonesia, Malaysia, Thailand, Viet Nam, the Philippines, Singapore, Brunei, Cambodia, Laos and Myanmar met.");
        assertThat(tags.dyads()).isEmpty();
    }

    @Test
    void threePairsAsStrongAsEachOtherMakeNoDyad() {
        ArticleTagger.Tags tags = TAGGER.tag("", "Iran resumes talks with Britain, France and Germany.");
        assertThat(tags.countries()).containsExactlyInAnyOrder("IRN", "GBR", "FRA", "DEU");
        assertThat(tags.dyads()).isEmpty();
    }

    @Test
    void aPairOfTheOnlyTwoCountriesNamedIsGivenOnALowerShare() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "Aid convoy reaches Ukraine",
                "The UN convoy reached Kharkiv, Lviv and Kyiv on Thursday, a month after the Russian invasion, the UN said.");
        assertThat(tags.dyads().get(0).score()).isLessThan(DyadRanker.MIN_SCORE);
        assertThat(tags.dyads()).extracting(Dyad::key).containsExactly("RUS-UKR");
    }

    @Test
    void aResultInTheTitleMakesTheCountriesTeams() {
        assertThat(TAGGER.tag("England against Australia", "Root guides England.")
                        .dyads())
                .isNotEmpty();
        assertThat(TAGGER.tag("England 325-9 against Australia", "Root guides England.")
                        .dyads())
                .isEmpty();
    }

    @Test
    void amongPairsAsStrongTheFirstTwoCountriesOfTheTitleLead() {
        ArticleTagger.Tags tags = TAGGER.tag("Russia reacts to Germany's support for Israel", "");
        assertThat(tags.dyads()).extracting(Dyad::key).first().isEqualTo("DEU-RUS");
    }

    @Test
    void usInCapitalsIsTheUnitedStatesButTheWordUsIsNot() {
        assertThat(TAGGER.tag("", "The US and Mexico met; US and Mexican officials told us that Mexico will act.")
                        .dyads())
                .extracting(Dyad::key)
                .containsExactly("MEX-USA");
        assertThat(TAGGER.tag("", "Mexico told us that Mexico and Mexican officials will act.")
                        .dyads())
                .isEmpty();
    }

    @Test
    void longestMatchWinsSoTheSouthChinaSeaIsNoMentionOfChina() {
        ArticleTagger.Tags tags = TAGGER.tag(
                "", "Philippine and Vietnamese vessels in the South China Sea; the Philippines and Viet Nam met.");
        assertThat(tags.dyads()).extracting(Dyad::key).containsExactly("PHL-VNM");
        assertThat(tags.themes()).extracting(ThemeTag::id).contains("maritime");
    }

    @Test
    void aPairCompoundCountsWhereBothCountriesAreNamedOnTheirOwnToo() {
        assertThat(chineseDyads("中柬关系", "中国与柬埔寨外长通电话。")).containsExactly("CHN-KHM");
    }

    @Test
    void aPairCompoundInsideANameIsNoMentionOfEitherCountry() {
        ArticleTagger.Tags tags = TAGGER.tag("荷兰学家梅德马获奖", "荷兰微生物学家梅德马教授表示，梅德马团队将继续研究。", "zh");
        assertThat(tags.countries()).containsExactly("NLD");
        assertThat(tags.dyads()).isEmpty();
    }

    @Test
    void aListedNameWinsOverThePairItsCharactersSpell() {
        assertThat(TAGGER.tag("加沙局势", "以色列继续空袭加沙，加沙平民伤亡。", "zh").countries()).containsExactlyInAnyOrder("ISR", "PSE");
    }

    @Test
    void chineseSidesNamedTogetherAreStatesActingOnEachOther() {
        assertThat(chineseDyads("", "中方奉劝菲方立即停止侵权挑衅。中国海警驱离菲律宾船只。")).containsExactly("CHN-PHL");
    }

    @Test
    void crossStraitNamesChinaAndTaiwanTogether() {
        assertThat(chineseDyads("看两岸交流", "中国大陆的节目邀请台湾歌手。")).containsExactly("CHN-TWN");
    }

    private static List<String> chineseDyads(String title, String text) {
        return TAGGER.tag(title, text, "zh").dyads().stream().map(Dyad::key).toList();
    }

    @Test
    void everyThemeCarriesEvidenceWithFieldAndOffsets() {
        String text = "Both sides agreed on the Fish and Rice Corridor and on agricultural trade.";
        ThemeTag agriculture = TAGGER.tag("Rice", text).themes().stream()
                .filter(t -> t.id().equals("agriculture"))
                .findFirst()
                .orElseThrow();
        assertThat(agriculture.evidence())
                .contains(new Evidence("Fish and Rice Corridor", "text", 25, 47), new Evidence("Rice", "title", 0, 4));
        assertThat(agriculture.score()).isBetween(0.0, 1.0);
    }

    @Test
    void onePassingMentionInALongTextDoesNotMakeATheme() {
        String text = "The ministers discussed rice. "
                + "They reviewed the calendar of meetings for the coming year. ".repeat(8);
        assertThat(TAGGER.tag("", text).themes()).isEmpty();
    }

    @Test
    void oneMentionInAShortFeedItemMakesATheme() {
        assertThat(TAGGER.tag("", "They discussed rice.").themes())
                .extracting(ThemeTag::id)
                .containsExactly("agriculture");
    }

    @Test
    void serbianIsReadInLatinAndInCyrillicLetters() {
        assertThat(TAGGER.tag("Skupština usvojila budžet", "Vlada je predložila novi zakon.", "sr-Latn")
                        .themes())
                .extracting(ThemeTag::id)
                .contains("political", "economy_trade");
        assertThat(TAGGER.tag("Скупштина усвојила буџет", "Влада је предложила нови закон.", "sr")
                        .themes())
                .extracting(ThemeTag::id)
                .contains("political", "economy_trade");
    }

    @Test
    void theSpanishAdjectiveMundialIsNoWorldCup() {
        assertThat(TAGGER.tag(
                                "Cuba lidera índice mundial de dosis",
                                "Cuba subió en el índice mundial con las vacunas aplicadas.",
                                "es")
                        .themes())
                .extracting(ThemeTag::id)
                .contains("health");
    }

    @Test
    void aSupportingWordAddsToAThemeAnotherPhraseSignals() throws IOException {
        Path taxonomy = Files.writeString(
                dir.resolve("mining.yaml"),
                "themes:\n  - id: mining\n    phrases: [mine]\n    supporting: [ore, quarry]\n");
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of(taxonomy)));

        assertThat(tagger.tag("", "The ore was taken to a quarry." + FILLER).themes())
                .extracting(ThemeTag::id)
                .doesNotContain("mining");
        ThemeTag mining = tagger.tag("", "The mine sent its ore away." + FILLER).themes().stream()
                .filter(t -> t.id().equals("mining"))
                .findFirst()
                .orElseThrow();
        assertThat(mining.evidence()).extracting(Evidence::phrase).containsExactly("mine", "ore");
    }

    @Test
    void oneWordSaidOftenInALongTextIsNoThemeWhereAnotherThemeWeighsAsMuch() throws IOException {
        ArticleTagger tagger = craftTagger();
        String text = "The loom stood still; the loom was old. The ore came from the quarry." + FILLER;

        assertThat(tagger.tag("", text).themes()).extracting(ThemeTag::id).containsExactly("mining");
    }

    @Test
    void oneWordMakesTheThemeOfALongTextWhereNothingElseWeighsAsMuch() throws IOException {
        ArticleTagger tagger = craftTagger();
        String text = "The loom stood still; the loom was old. The ore was sold." + FILLER;

        assertThat(tagger.tag("", text).themes()).extracting(ThemeTag::id).containsExactly("weaving");
    }

    /** A tagger with two themes of words no bundled list holds. */
    private ArticleTagger craftTagger() throws IOException {
        Path taxonomy = Files.writeString(
                dir.resolve("crafts.yaml"),
                "themes:\n  - id: mining\n    phrases: [ore, quarry]\n  - id: weaving\n    phrases: [loom]\n");
        return ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of(taxonomy)));
    }

    @Test
    void userFilesAddThemesAndCountryNames() throws IOException {
        Path taxonomy =
                Files.writeString(dir.resolve("themes.yaml"), "themes:\n  - id: mining\n    strong: [rare earths]\n");
        Path gazetteer = Files.writeString(dir.resolve("names.yaml"), "people:\n  - {code: KHM, name: Sar Kheng}\n");
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of(gazetteer)), Taxonomy.load(List.of(taxonomy)));

        ArticleTagger.Tags tags = tagger.tag(
                "Sar Kheng visits Laos",
                "Sar Kheng and Lao officials discussed rare earths in Laos. Laos holds some of "
                        + "the largest rare earths deposits of the region; Cambodian firms want to process its rare earths.");
        assertThat(tags.themes()).extracting(ThemeTag::id).contains("mining");
        assertThat(tags.dyads()).extracting(Dyad::key).containsExactly("KHM-LAO");
    }

    @Test
    void invalidUserFileIsNamedInTheError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "themes:\n  - id: Not Valid\n");
        assertThatThrownBy(() -> Taxonomy.load(List.of(bad)))
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("Not Valid");
        assertThatThrownBy(() -> Gazetteer.load(List.of(dir.resolve("missing.yaml"))))
                .hasMessageContaining("missing.yaml");
    }
}
