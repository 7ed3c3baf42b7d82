using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>Search: diacritics folded or exact, phrases, prefixes, filters, ranking, snippets, hostile queries.</summary>
public abstract partial class ReportStoreContract
{
    private IReadOnlyList<SearchHit> Search(string text, ReportFilter? filter = null, bool exact = false) =>
        Small.Search(new SearchQuery(text, filter ?? ReportFilter.None, 50, exact)).Hits;

    private static IEnumerable<string> Where(IEnumerable<SearchHit> hits) => hits.Select(h => $"{h.Report} {h.Source} {h.Snippet.Text}").Order(StringComparer.Ordinal);

    [TestCase("thu ngan sach", "thu ngân sách")]
    [TestCase("THU NGAN SACH", "Thu Ngân Sách")]
    [TestCase("dong", "đồng")]
    [TestCase("hoa giai", "hòa giải")]
    [TestCase("hoà giải", "hòa giải")]
    [TestCase("thuy loi", "thủy lợi")]
    public void Search_without_diacritics_finds_the_same_hits(string plain, string written)
    {
        var hits = Search(plain);
        Assert.That(hits, Is.Not.Empty);
        Assert.That(Where(hits), Is.EqualTo(Where(Search(written))));
    }

    [Test]
    public void D_finds_dj_and_every_dong()
    {
        var reports = Search("dong").Select(h => h.Report).ToList();
        Assert.That(reports, Is.EquivalentTo(Search("\"trieu dong\" OR \"dong chay\" OR \"dong xuan\"").Select(h => h.Report)));
        Assert.That(Search("\"dong chay\"").Single().Snippet.Text, Does.Contain("Dòng chảy"));
        Assert.That(Search("\"dong xuan\"").Single().Snippet.Text, Does.Contain("Đông Xuân"));
        Assert.That(Search("\"trieu dong\"").Select(h => h.Snippet.Text), Has.All.Contains("triệu đồng"));
    }

    [Test]
    public void Exact_diacritics_tell_dong_words_apart_but_not_tone_placement()
    {
        var dong = Search("đồng", exact: true).Select(h => h.Snippet.Text).ToList();
        Assert.That(dong, Has.All.Contains("đồng"));
        Assert.That(dong, Has.None.Contains("Dòng chảy").And.None.Contains("Đông Xuân"));
        Assert.That(Search("Đông Xuân", exact: true).Select(h => (h.Report, h.Matches)), Is.EqualTo(new[] { ("van-quan-2024.docx", 1) }),
            "the paragraph, its record's label in the same document");
        Assert.That(Where(Search("hoà giải", exact: true)), Is.EqualTo(Where(Search("hòa giải", exact: true))));
        Assert.That(Search("hoà giải", exact: true), Has.Count.EqualTo(2));
        Assert.That(Search("thuỷ lợi", exact: true).Select(h => h.Report), Is.EquivalentTo(new[] { "van-quan-2024.docx", "binh-trung-2023.txt" }));
    }

    [Test]
    public void Phrases_need_their_words_next_to_each_other_in_order()
    {
        Assert.That(Where(Search("\"thu ngan sach\"")), Is.EqualTo(Where(Search("thu ngan sach"))));
        Assert.That(Search("\"ngan sach thu\""), Is.Empty, "all three words occur, never in this order");
        Assert.That(Search("\"ngan sach\" NOT \"nha nuoc\"").Select(h => h.Report), Is.EqualTo(new[] { "binh-trung-2023.txt" }));
        Assert.That(Search("\"nha nuoc\" NOT \"nuoc nha\"").Select(h => h.Report).Distinct(), Is.EqualTo(new[] { "van-quan-2024.docx" }));
    }

    [Test]
    public void A_prefix_finds_every_word_it_starts()
    {
        Assert.That(Search("ngan*").Select(h => h.Snippet.Text), Is.EquivalentTo(Search("ngan").Select(h => h.Snippet.Text)));
        Assert.That(Search("thu* NOT ngan").Select(h => (h.Snippet.Text, h.Matches)), Is.EquivalentTo(new[]
        {
            ("Thủy lợi: nạo vét 12 km kênh mương.", 2),
            ("Công tác hòa giải được quan tâm; thuỷ lợi nội đồng được tu sửa.", 1),
        }), "thu and thuy (thủy, thuỷ), not thong (thông); the footnote \"thu tiền sử dụng đất\" is Văn Quan's other match, the body first");
        Assert.That(Search("khoe*"), Has.Count.EqualTo(1));
        Assert.That(Search("xyz*"), Is.Empty);
    }

    [Test]
    public void Exact_exclusions_leave_words_that_differ_in_diacritics()
    {
        // "dòng" and "đồng" fold alike: the exclusion of "đồng" must keep the passage with "dòng".
        var kept = Search("\"hòa giải\" NOT đồng", exact: true).Single();
        Assert.That((kept.Report, kept.Snippet.Text), Is.EqualTo(("van-quan-2024.docx", "… các con suối được khơi thông; công tác hoà giải ở cơ sở được chú trọng.")));
        Assert.That(Search("\"hoa giai\" NOT dong"), Is.Empty);
    }

    [Test]
    public void Highlights_land_on_the_original_text()
    {
        var hit = Search("\"ngan sach\" dat", new ReportFilter { Place = "Binh Trung" }).Single(h => h.Source == PassageKind.Body);
        Assert.That(hit.Snippet.Format(), Is.EqualTo("Thu <b>ngân sách</b> xã <b>đạt</b> 1.200 triệu đồng."));
    }

    [Test]
    public void Hits_say_where_they_come_from()
    {
        var note = Search("tien su dung dat").Single();
        Assert.That(note, Has.Property("Source").EqualTo(PassageKind.Footnote)
            .And.Property("Report").EqualTo("van-quan-2024.docx")
            .And.Property("Place").EqualTo("huyện Văn Quan")
            .And.Property("Year").EqualTo(2024)
            .And.Property("Period").EqualTo("6 tháng đầu năm 2024"));
        var paragraph = Search("nao vet kenh muong").Single();
        Assert.That(paragraph.Section, Is.EqualTo("II"));
        Assert.That(paragraph.Score, Is.GreaterThan(0));
    }

    [Test]
    public void Better_matches_rank_first()
    {
        var hits = Search("thu OR ngan OR sach OR nha OR nuoc");
        Assert.That(hits[0].Snippet.Text, Does.StartWith("Tổng thu ngân sách nhà nước").Or.StartWith("tổng thu ngân sách nhà nước"));
        Assert.That(hits.Select(h => h.Score), Is.Ordered.Descending);
    }

    [Test]
    public void Long_passages_are_cut_around_the_match()
    {
        var store = NewStore();
        using (store)
        {
            var words = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"từ{i}"));
            var report = StoreFixtures.Report("long.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12,
                [("I", [$"{words} ngân sách {words}"])]);
            store.Save(StoreFixtures.Stored(report), replace: false);
            var snippet = store.Search(new SearchQuery("ngan sach", ReportFilter.None)).Hits.Single().Snippet.Format();
            Assert.That(snippet, Does.StartWith("… ").And.EndWith(" …").And.Contain("từ200 <b>ngân sách</b> từ1"));
            Assert.That(snippet.Length, Is.LessThan(400));
        }
    }

    [Test]
    public void Filters_narrow_the_hits()
    {
        Assert.That(Search("ngan sach", new ReportFilter { Place = "van quan" }).Select(h => h.Report), Has.All.EqualTo("van-quan-2024.docx"));
        Assert.That(Search("ngan sach", new ReportFilter { Place = "xã Bình Trung" }).Select(h => h.Report), Has.All.EqualTo("binh-trung-2023.txt"));
        Assert.That(Search("lua", new ReportFilter { Years = new YearRange(2022, 2023) }).Select(h => h.Year), Has.All.EqualTo(2022));
        Assert.That(Search("lua", new ReportFilter { Period = "6 thang", Years = new YearRange(2022, 2022) }).Select(h => h.Report),
            Is.EqualTo(new[] { "van-quan-2022-6t.docx" }));
        Assert.That(Search("ngan sach", new ReportFilter { Province = "Quảng Ninh" }), Is.Empty);
        Assert.That(Search("ngan sach", new ReportFilter { Province = "lang son" }).Select(h => h.Report), Is.EquivalentTo(new[] { "van-quan-2024.docx", "binh-trung-2023.txt" }));
    }

    [Test]
    public void Record_filters_keep_reports_holding_such_records()
    {
        var hits = Search("ngan sach", new ReportFilter { Unit = "trieu dong" });
        Assert.That(hits.Select(h => h.Report), Is.EquivalentTo(new[] { "van-quan-2024.docx", "binh-trung-2023.txt" }));
        Assert.That(Search("ngan sach", new ReportFilter { Unit = "% KH" }).Select(h => h.Report), Is.EqualTo(new[] { "van-quan-2024.docx" }));
        Assert.That(Search("lua", new ReportFilter { Category = "crop_area", MinValue = 2000 }).Select(h => h.Report), Is.EqualTo(new[] { "van-quan-2022.docx" }));
    }

    [Test]
    public void A_page_of_hits_is_that_part_of_one_long_page()
    {
        var query = new SearchQuery("thu ngan sach", ReportFilter.None, 4);
        var four = Archive.Search(query);
        var second = Archive.Search(query with { Limit = 2, Offset = 2 });
        Assert.That(Ids(second.Hits), Is.EqualTo(Ids(four.Hits.Skip(2))));
        Assert.That(second.Hits.Select(h => h.Snippet.Text), Is.EqualTo(four.Hits.Skip(2).Select(h => h.Snippet.Text)));

        // Ten pages of ten read the first hundred as one page of a hundred does: each report once, in the same order.
        var hundred = Archive.Search(query with { Limit = 100 }).Hits;
        var pages = Enumerable.Range(0, 10).SelectMany(page => Archive.Search(query with { Limit = 10, Offset = page * 10 }).Hits).ToList();
        Assert.That(Ids(pages), Is.EqualTo(Ids(hundred)));
        Assert.That(pages.Select(h => h.ReportId).Distinct().Count(), Is.EqualTo(100));
        Assert.That(second.Reports, Is.EqualTo(four.Reports).And.EqualTo(288));
        Assert.That(second.Facets["year"], Is.EqualTo(four.Facets["year"]), "facets do not change with the page");
    }

    [Test]
    public void An_offset_past_the_last_hit_gives_no_hits_and_the_same_count()
    {
        var query = new SearchQuery("ngan sach", ReportFilter.None);
        var first = Small.Search(query);
        Assert.That(first.Hits.Select(h => h.Report), Is.EquivalentTo(new[] { "van-quan-2024.docx", "binh-trung-2023.txt" }));
        foreach (var offset in new[] { 2, 3, int.MaxValue })
        {
            var past = Small.Search(query with { Offset = offset });
            Assert.That(past.Hits, Is.Empty);
            Assert.That(past.Reports, Is.EqualTo(2));
            Assert.That(past.Facets["place"], Is.EqualTo(first.Facets["place"]));
        }

        Assert.That(Ids(Small.Search(query with { Offset = 1 }).Hits), Is.EqualTo(Ids(first.Hits.Skip(1))));
    }

    [Test]
    public void Each_report_has_its_own_id_on_every_page()
    {
        var hits = Search("lua OR ngan");
        Assert.That(hits.Select(h => h.Report), Is.EquivalentTo(new[] { "van-quan-2024.docx", "binh-trung-2023.txt", "van-quan-2022.docx", "van-quan-2022-6t.docx" }));
        Assert.That(hits.Select(h => h.ReportId).Distinct().Count(), Is.EqualTo(4));
        var last = Small.Search(new SearchQuery("lua OR ngan", ReportFilter.None, 1, Offset: 3)).Hits.Single();
        Assert.That((last.ReportId, last.Report), Is.EqualTo((hits[3].ReportId, hits[3].Report)));
    }

    private static IEnumerable<(long, string)> Ids(IEnumerable<SearchHit> hits) => hits.Select(h => (h.ReportId, h.Report));

    [TestCase("\"thu ngân")]
    [TestCase("\"")]
    [TestCase("NEAR(")]
    [TestCase("NEAR(thu ngan, 2)")]
    [TestCase("*")]
    [TestCase("thu*")]
    [TestCase("-")]
    [TestCase("-thu")]
    [TestCase("col:thu")]
    [TestCase("folded:thu")]
    [TestCase("{folded exact}: thu")]
    [TestCase("^thu")]
    [TestCase("thu\0ngan\0")]
    [TestCase("\0")]
    [TestCase("'; DROP TABLE reports; --")]
    [TestCase("thu) OR (ngan")]
    [TestCase("((((((((((((((((((((((thu")]
    [TestCase("AND OR NOT")]
    [TestCase("NOT NOT thu")]
    [TestCase("thu NOT")]
    [TestCase("thu OR OR ngan")]
    [TestCase("\"\"\"\"")]
    [TestCase("😀 ngân")]
    [TestCase("\uD800 lone surrogate")]
    [TestCase("rowid = 1")]
    [TestCase("thu + ngan")]
    public void Hostile_queries_give_results_or_a_clear_error(string query)
    {
        foreach (var exact in new[] { false, true })
        {
            try
            {
                Assert.That(Search(query, exact: exact), Is.Not.Null);
            }
            catch (QuerySyntaxException e)
            {
                Assert.That(e.Message, Is.Not.Empty);
            }
        }
    }

    [Test]
    public void Huge_queries_give_a_clear_error()
    {
        Assert.That(() => Search(new string('x', 1_000_000)), Throws.TypeOf<QuerySyntaxException>());
        Assert.That(() => Search(string.Concat(Enumerable.Repeat("(a OR ", 500))), Throws.TypeOf<QuerySyntaxException>());
    }

    [Test]
    public void The_store_is_untouched_by_hostile_queries()
    {
        Search("'; DROP TABLE reports; --");
        Assert.That(Search("ngan sach"), Is.Not.Empty);
    }
}
