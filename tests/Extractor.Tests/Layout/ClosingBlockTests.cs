using Extractor.Layout;
using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Layout;

public sealed class ClosingBlockTests
{
    /// <summary>
    /// Word turns a typed "- " into an en dash; the PDF flow always took "– Sở ..." for a list item,
    /// and the closing block now reads it as a recipient too instead of a signature line.
    /// </summary>
    [Test]
    public void Recipients_are_the_list_items_under_Noi_nhan_whatever_their_marker()
    {
        string[] lines =
        [
            "Nơi nhận:",
            "- UBND tỉnh Lạng Sơn;",
            "– Sở Tài chính;",
            "+ Huyện ủy;",
            "-Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Hoàng Văn Thuận",
        ];

        var (closing, signer) = ClosingBlock.Read("Trên đây là báo cáo./.", lines);

        Assert.That(closing.Recipients, Is.EqualTo(new[] { "UBND tỉnh Lạng Sơn;", "Sở Tài chính;", "Huyện ủy;", "Lưu: VT." }));
        Assert.That(closing.SignatureLines, Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Thuận" }));
        Assert.That(signer, Is.EqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Thuận")));
    }
}
