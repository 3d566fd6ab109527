package io.enis.scorecard.report;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a scheduled report runs: a Unix cron expression (five fields: minute, hour, day of month,
 * month, day of week; {@code 0 8 * * MON} is Mondays at 08:00) in a time zone, parsed and evaluated
 * by cron-utils. Daylight-saving gaps and repeats follow cron-utils: a time that does not exist
 * that day runs at the next one that does.
 *
 * @param expression as written
 * @param zone       where the expression's hours are
 */
public record CronSchedule(String expression, ZoneId zone, Cron cron) {
    /** What an expression may look like, for error messages. */
    public static final String ALLOWED =
            "a Unix cron expression of five fields (minute hour day-of-month month day-of-week), e.g. '0 8 * * MON'";

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /** The schedule, or empty with the parser's reason in {@code why[0]} when it does not parse. */
    public static Optional<CronSchedule> parse(String expression, ZoneId zone, String[] why) {
        try {
            Cron cron = PARSER.parse(expression);
            cron.validate();
            return Optional.of(new CronSchedule(expression, zone, cron));
        } catch (RuntimeException e) { // cron-utils refuses with IllegalArgumentException, odd input may hit others
            why[0] = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.empty();
        }
    }

    /** The first run strictly after {@code after}; empty when there is none (e.g. 30 February). */
    public Optional<Instant> next(Instant after) {
        return ExecutionTime.forCron(cron)
                .nextExecution(ZonedDateTime.ofInstant(after, zone))
                .map(ZonedDateTime::toInstant);
    }
}
