/**
 * Benchmark code only: a hand-written plain-Java settlement of four clause families (rate card, fixed
 * payment, level bonus, payment cap), the yardstick the rules engine is measured against
 * ({@link se.utfall.bench.reference.EngineVersusReference}). Unlike the Java core, which never names a
 * clause family, this package knows those four families by name: it is a second, independent
 * implementation of what their rule files in {@code rules/} decide, kept only so that the benchmark
 * can tell how much of a settlement's cost is the engine and so that its totals check the engine's to
 * the öre. Nothing outside the benchmark uses it, and no settlement, statement or ledger ever does.
 */
package se.utfall.bench.reference;
