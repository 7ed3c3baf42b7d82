namespace Extractor.Records;

/// <summary>
/// What a record's figure is: a result, an estimate of one, a goal or an assigned plan. A report
/// states all four in the same sentences ("dự toán tỉnh giao 30.000 triệu đồng, ước thực hiện
/// 18.290 triệu đồng"), and only results and estimates compare across places and years.
/// </summary>
public enum RecordKind
{
    /// <summary>A result the report states as done: "giải ngân được 4.095 triệu đồng".</summary>
    Actual,

    /// <summary>A result the report estimates: "ước đạt", "ước tính", "ước thực hiện".</summary>
    Estimate,

    /// <summary>A goal to reach: "phấn đấu", "mục tiêu", "chỉ tiêu ... đề ra".</summary>
    Target,

    /// <summary>A figure assigned by a plan or budget: "dự toán tỉnh giao", "kế hoạch vốn", "kế hoạch năm".</summary>
    Plan,
}
