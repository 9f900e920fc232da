using BenchmarkDotNet.Running;

// BenchmarkDotNet entry point: every [Benchmark] class in this assembly, chosen with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
