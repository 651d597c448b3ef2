package io.attache.app.view;

import io.attache.model.Story;
import java.util.List;

/**
 * A story with those of its reports the view holds.
 *
 * @param story   the story as {@code news.stories} has it last
 * @param reports its reports held, in the order they joined
 */
public record StoryView(Story story, List<ArticleLine> reports) {}
