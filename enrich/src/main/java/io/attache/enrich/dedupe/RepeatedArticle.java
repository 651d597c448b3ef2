package io.attache.enrich.dedupe;

import io.attache.model.Article;

/**
 * An article read again under its id with the same text: a {@code same_url} duplicate. It goes through the copy
 * check, behind the id's earlier text, so that its notice can name the article that was published for that text:
 * the id itself, or the article the id was dropped for.
 *
 * @param article the article as read again
 */
public record RepeatedArticle(Article article) implements CopyCandidate {
    @Override
    public String articleId() {
        return article.id();
    }
}
