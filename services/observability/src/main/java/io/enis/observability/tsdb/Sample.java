package io.enis.observability.tsdb;

/** One sample to ingest: the series' labels ({@code __name__} included), time in ms, value. */
public record Sample(Labels labels, long time, double value) {}
