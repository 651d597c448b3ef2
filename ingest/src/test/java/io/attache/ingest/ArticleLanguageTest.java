package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.LanguageSource;
import org.junit.jupiter.api.Test;

class ArticleLanguageTest {
    private static final String FRENCH =
            "Le ministre des Affaires étrangères s'est entretenu avec son homologue cambodgien "
                    + "sur la coopération agricole et les échanges commerciaux entre les deux pays.";
    private static final String CHINESE = "外交部长王毅同柬埔寨副首相兼外交大臣举行会谈，双方同意加强经贸合作，推进全面战略合作伙伴关系。";

    @Test
    void theEntrysOwnLanguageComesFirst() {
        assertThat(ArticleLanguage.choose("fr-FR", "en", "de", "Titre", FRENCH))
                .isEqualTo(new ArticleLanguage.Choice("fr-FR", LanguageSource.ENTRY));
    }

    @Test
    void theFeedsDeclaredLanguageComesBeforeTheConfiguredOne() {
        assertThat(ArticleLanguage.choose("", "fr", "en", "Titre", FRENCH))
                .isEqualTo(new ArticleLanguage.Choice("fr", LanguageSource.FEED));
    }

    @Test
    void theConfiguredLanguageServesWhenTheFeedDeclaresNone() {
        assertThat(ArticleLanguage.choose("", "", "fr", "Titre", FRENCH))
                .isEqualTo(new ArticleLanguage.Choice("fr", LanguageSource.CONFIG));
    }

    @Test
    void withNothingDeclaredTheLanguageIsDetected() {
        assertThat(ArticleLanguage.choose("", "", "", "Coopération", FRENCH))
                .isEqualTo(new ArticleLanguage.Choice("fr", LanguageSource.DETECTED));
        assertThat(ArticleLanguage.choose("", "", "", "王毅会见", CHINESE))
                .isEqualTo(new ArticleLanguage.Choice("zh-Hans", LanguageSource.DETECTED));
    }

    @Test
    void aDeclaredLanguageInAnotherScriptThanTheTextGivesWayToDetection() {
        assertThat(ArticleLanguage.choose("", "en", "", "王毅会见", CHINESE))
                .isEqualTo(new ArticleLanguage.Choice("zh-Hans", LanguageSource.DETECTED));
    }

    @Test
    void aDeclaredLanguageInTheTextsScriptIsTrustedForAShortText() {
        assertThat(ArticleLanguage.choose("", "es", "", "Titre", FRENCH))
                .isEqualTo(new ArticleLanguage.Choice("es", LanguageSource.FEED));
    }

    @Test
    void aLongTextSurelyInAnotherLanguageOverrulesTheDeclaredOne() {
        String serbian =
                "Rok koji je američka Kancelarija za kontrolu strane imovine dala za pregovore o prodaji ruskog "
                        + "udela u Naftnoj industriji Srbije ističe 24. marta. Vlada Srbije je saopštila da su pregovori sa "
                        + "ruskom stranom u završnoj fazi i da očekuje odluku američkog ministarstva finansija do kraja nedelje.";
        assertThat(ArticleLanguage.choose(
                                "", "en", "", "Noćas ističe rok za izlazak Rusa iz vlasništva nad NIS-om", serbian)
                        .source())
                .isEqualTo(LanguageSource.DETECTED);
    }

    @Test
    void tooLittleTextToTellLeavesTheLanguageUnknown() {
        assertThat(ArticleLanguage.choose("", "", "", "", "42"))
                .isEqualTo(new ArticleLanguage.Choice("", LanguageSource.UNKNOWN));
    }
}
