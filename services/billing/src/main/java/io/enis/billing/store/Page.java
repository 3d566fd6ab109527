package io.enis.billing.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, oldest first: {@code data}, whether more follow, and the cursor that asks for
 * them (the id of the last item; absent on the last page).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> data, boolean hasMore, String nextCursor) {
    /**
     * The page of {@code limit} items out of {@code fetched}, which holds up to {@code limit + 1} rows
     * (the extra one only tells that more follow).
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> id) {
        boolean more = fetched.size() > limit;
        List<T> data = more ? List.copyOf(fetched.subList(0, limit)) : List.copyOf(fetched);
        return new Page<>(data, more, more ? id.apply(data.get(data.size() - 1)) : null);
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(data.stream().map(f).toList(), hasMore, nextCursor);
    }
}
