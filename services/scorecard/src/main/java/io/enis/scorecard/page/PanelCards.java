package io.enis.scorecard.page;

import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.memo.Lru;
import java.util.function.Function;

/**
 * Dashboard cards remembered by what they are rendered from: the panel's position and title and its
 * evaluation's {@link EvaluationCache.Inputs} (equal inputs, equal evaluations). A card's sparkline is
 * most of a page's cost; a panel whose evaluation is not remembered (inputs null) is rendered every
 * time. Least recently used cards beyond {@code maxChars} are dropped. Thread-safe.
 */
public final class PanelCards {
    /** Remembers nothing. */
    public static final PanelCards NONE = new PanelCards(0);
    /** The default bound: 8 M characters of cards (~6 KB each for a year of daily values). */
    public static final long DEFAULT_MAX_CHARS = 8L << 20;

    private record Key(EvaluationCache.Inputs inputs, int position, String title) {}

    private final Lru<Key, String> cards;

    /** @param maxChars the most characters of cards kept; 0 keeps none */
    public PanelCards(long maxChars) {
        this.cards = new Lru<>(maxChars, String::length);
    }

    /** {@code p}'s card: remembered, or {@code render}'s (then remembered). */
    String card(DashboardView.PanelView p, Function<DashboardView.PanelView, String> render) {
        if (p.inputs() == null) {
            return render.apply(p);
        }
        Key key = new Key(p.inputs(), p.panel().position(), p.panel().title());
        String held = cards.get(key);
        if (held == null) {
            held = render.apply(p);
            cards.put(key, held);
        }
        return held;
    }
}
