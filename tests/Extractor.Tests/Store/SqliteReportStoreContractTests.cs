using Extractor.Store;

namespace Extractor.Tests.Store;

/// <summary>The store contract, run against the SQLite file store.</summary>
public sealed class SqliteReportStoreContractTests : ReportStoreContract
{
    protected override string NewLocation() => StoreFixtures.NewDatabase();

    protected override IReportStore Open(string location, bool create = false) => SqliteReportStore.Open(location, create);
}
