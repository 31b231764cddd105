using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace IopFinder.Benchmarks;

/// <summary>Whole query strings in the table (not cut at 20 characters), times in milliseconds, sizes in KB.</summary>
public sealed class ReadableSummary : ManualConfig
{
    public ReadableSummary()
    {
        SummaryStyle = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: SizeUnit.KB,
            timeUnit: TimeUnit.Millisecond, printUnitsInContent: false, maxParameterColumnWidth: 100);
    }
}
