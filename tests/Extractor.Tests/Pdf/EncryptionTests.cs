using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Encryption;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class EncryptionTests
{
    private static readonly string[] Contents = ["BT /F1 12 Tf (Trang m\\364t) Tj ET", "BT (page two) Tj [(kerned) -20 (text)] TJ ET"];

    [TestCase("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [TestCase("Wiki", "pedia", "1021BF0420")]
    [TestCase("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Should_Match_Rc4_Test_Vectors(string key, string plain, string cipher)
    {
        Assert.That(Convert.ToHexString(Rc4.Transform(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plain))), Is.EqualTo(cipher));
    }

    [TestCase("40", "RC4 40-bit, R2")]
    [TestCase("128 --use-aes=n", "RC4 128-bit, R3")]
    [TestCase("128 --use-aes=y", "AES-128, R4")]
    [TestCase("256 --force-R5", "AES-256, R5")]
    [TestCase("256", "AES-256, R6")]
    public void Should_Open_With_The_Empty_User_Password(string keyArguments, string scheme)
    {
        var encrypted = Encrypt(PdfBuilder.WithPages(Contents).Build("/Info << /Title (Báo cáo) >>"), "", "owner", keyArguments);

        var document = PdfDocument.Open(encrypted, PdfReadOptions.Default with { Strict = true });

        Assert.That(document.IsEncrypted, Is.True, scheme);
        Assert.That(document.Pages.Select(p => Encoding.Latin1.GetString(p.GetContentBytes())), Is.EqualTo(Contents), scheme);
        var info = document.Resolve<Extractor.Pdf.Objects.PdfDictionary>(document.Trailer["Info"]);
        Assert.That(info!["Title"], Is.TypeOf<Extractor.Pdf.Objects.PdfString>(), scheme);
    }

    [TestCase("128 --use-aes=n")]
    [TestCase("256")]
    public void Should_Require_A_User_Password_And_Open_With_It(string keyArguments)
    {
        var encrypted = Encrypt(PdfBuilder.WithPages(Contents).Build(), "userpw", "ownerpw", keyArguments);

        var error = Assert.Throws<PdfPasswordRequiredException>(() => PdfDocument.Open(encrypted));
        Assert.That(error!.Message, Does.Contain("user password is required"));

        var document = PdfDocument.Open(encrypted, PdfReadOptions.Default with { Password = "userpw" });
        Assert.That(Encoding.Latin1.GetString(document.Pages[1].GetContentBytes()), Is.EqualTo(Contents[1]));
    }

    [Test]
    public void Should_Decrypt_A_Real_Document_To_Its_Plain_Content()
    {
        var path = TestFiles.RealWorld("p10_VB8977_BNV_vntime_font.pdf");
        var plain = PdfDocument.Open(path);
        var encrypted = PdfDocument.Open(Encrypt(File.ReadAllBytes(path), "", "owner", "256"));

        Assert.That(encrypted.IsEncrypted, Is.True);
        Assert.That(encrypted.Pages.Select(p => p.GetContentBytes()), Is.EqualTo(plain.Pages.Select(p => p.GetContentBytes())));
    }

    private static byte[] Encrypt(byte[] pdf, string user, string owner, string keyArguments) =>
        Qpdf.Transform(pdf, ["--allow-weak-crypto", "--encrypt", user, owner, .. keyArguments.Split(' '), "--", "{in}"]);
}
