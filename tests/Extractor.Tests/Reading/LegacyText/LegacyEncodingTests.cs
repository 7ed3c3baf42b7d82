using System.Diagnostics;
using System.Text;
using Extractor.Reading.LegacyText;
using NUnit.Framework;

namespace Extractor.Tests.Reading.LegacyText;

/// <summary>The TCVN3 and VNI tables: every Vietnamese letter there and back, checked against iconv and the references' examples.</summary>
public sealed class LegacyEncodingTests
{
    private static readonly LegacyFont VnTime = LegacyFont.Of(".VnTime")!;
    private static readonly LegacyFont VnTimeH = LegacyFont.Of(".VnTimeH")!;
    private static readonly LegacyFont VniTimes = LegacyFont.Of("VNI-Times")!;

    /// <summary>The 134 letters with diacritics and đ, lower-case; the vowels without any too.</summary>
    private static IEnumerable<char> LowerCaseLetters()
    {
        string[] tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
        return new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" }
            .SelectMany(vowel => tones.Select(tone => (vowel + tone).Normalize(NormalizationForm.FormC)))
            .Select(letter => letter.Single())
            .Append('đ');
    }

    [Test]
    public void Tcvn3_round_trips_every_lower_case_letter()
    {
        var letters = LowerCaseLetters().ToList();
        Assert.That(letters, Has.Count.EqualTo(73));
        foreach (var letter in letters)
        {
            var encoded = Tcvn3.Encode(letter.ToString());
            Assert.That(VnTime.Decode(encoded), Is.EqualTo(letter.ToString()), $"{letter} -> {encoded}");
            Assert.That(letter < 0x80 || Tcvn3.IsCode(encoded[0]), Is.True, $"{letter} has a code of its own");
        }
    }

    [Test]
    public void Tcvn3_draws_accented_capitals_from_lower_case_codes_in_H_fonts()
    {
        foreach (var capital in LowerCaseLetters().Select(char.ToUpperInvariant))
        {
            var direct = !Tcvn3.NeedsCapitalsFont(capital);
            var encoded = direct ? Tcvn3.Encode(capital.ToString()) : Tcvn3.Encode(char.ToLowerInvariant(capital).ToString());
            Assert.That((direct ? VnTime : VnTimeH).Decode(encoded), Is.EqualTo(capital.ToString()), $"{capital}");
        }

        // Only the seven unaccented capitals have codes of their own.
        Assert.That(LowerCaseLetters().Select(char.ToUpperInvariant).Where(c => c >= 0x80 && !Tcvn3.NeedsCapitalsFont(c)), Is.EquivalentTo("ĂÂÊÔƠƯĐ"));
        Assert.That(VnTimeH.Decode("céng hoµ x· héi chñ nghÜa viÖt nam"), Is.EqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.That(VnTime.Decode("Tr\u00ADêng"), Is.EqualTo("Trường"), "0xAD is ư, not a soft hyphen");
    }

    [Test]
    public void Tcvn3_table_agrees_with_glibc_iconv()
    {
        var codes = Enumerable.Range(0xA1, 0xFE - 0xA1 + 1).Select(b => (byte)b).ToArray();
        var iconv = Iconv(codes, "TCVN5712-1");
        for (var i = 0; i < codes.Length; i++)
        {
            var c = (char)codes[i];
            if (Tcvn3.IsCode(c))
            {
                Assert.That(Tcvn3.Decode(c).ToString(), Is.EqualTo(iconv[i]), $"0x{codes[i]:X2}");
            }
            else
            {
                Assert.That(iconv[i].Single(), Is.Not.InRange('a', 'z').And.Matches<char>(ch => !char.IsLower(ch)),
                    $"0x{codes[i]:X2} left out of VN3 must be one of VN1's capitals or marks");
            }
        }
    }

    [Test]
    public void Vni_round_trips_every_letter_in_both_cases()
    {
        foreach (var letter in LowerCaseLetters().SelectMany(c => new[] { c, char.ToUpperInvariant(c) }))
        {
            var encoded = Vni.Encode(letter.ToString());
            Assert.That(Vni.Decode(encoded).Normalize(NormalizationForm.FormC), Is.EqualTo(letter.ToString()), $"{letter} -> {encoded}");
            Assert.That(encoded.Length, Is.InRange(1, 2));
        }
    }

    [TestCase("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [TestCase("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")]
    [TestCase("nöôùc, tröôøng, khuyeán, aên, ñaëc, AÉ, kyø, Kyõ, Î", "nước, trường, khuyến, ăn, đặc, Ắ, kỳ, Kỹ, Ỵ")]
    public void Vni_decodes_text_as_the_references_write_it(string vni, string unicode)
    {
        Assert.That(VniTimes.Decode(vni).Normalize(NormalizationForm.FormC), Is.EqualTo(unicode));
        Assert.That(Vni.Encode(unicode), Is.EqualTo(vni));
    }

    [Test]
    public void A_mark_split_from_its_letter_by_a_run_boundary_decodes_with_the_letter_before()
    {
        Assert.That(("n" + VniTimes.Decode("ö") + VniTimes.Decode("ôùc", before: 'ö')).Normalize(NormalizationForm.FormC), Is.EqualTo("nước"));
        Assert.That(("co" + VniTimes.Decode("ù", before: 'o')).Normalize(NormalizationForm.FormC), Is.EqualTo("có"));
    }

    [TestCase(".VnTime", LegacyEncoding.Tcvn3, false)]
    [TestCase(".VnTimeH", LegacyEncoding.Tcvn3, true)]
    [TestCase(".VnArialH,Bold", LegacyEncoding.Tcvn3, true)]
    [TestCase(".VnTime-Italic", LegacyEncoding.Tcvn3, false)]
    [TestCase("VNI-Times", LegacyEncoding.Vni, false)]
    public void Font_names_choose_the_table(string name, LegacyEncoding encoding, bool capitals)
    {
        var font = LegacyFont.Of(name);
        Assert.That(font, Is.Not.Null);
        Assert.That((font!.Encoding, font.Capitals), Is.EqualTo((encoding, capitals)));
    }

    [TestCase("Times New Roman")]
    [TestCase("Arial")]
    [TestCase("VnTime")]
    [TestCase(null)]
    public void Other_fonts_are_not_legacy(string? name) => Assert.That(LegacyFont.Of(name), Is.Null);

    [TestCase(".VnTime", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", true)]
    [TestCase(".VnTime", "c¸c c¬ quan, ®¬n vÞ", true)]
    [TestCase(".VnTime", "Cộng hoà xã hội chủ nghĩa Việt Nam", false)]
    [TestCase(".VnTime", "các bà mẹ", false)]
    [TestCase(".VnTime", "các bà", false)]
    [TestCase(".VnTime", "2023", false)]
    [TestCase(".VnTime", "5", false)]
    [TestCase("VNI-Times", "Coäng hoøa xaõ hoäi", true)]
    [TestCase("VNI-Times", "có là", false)]
    [TestCase("VNI-Times", "Cộng hòa", false)]
    public void Text_is_decoded_only_when_its_characters_say_it_is_legacy(string font, string text, bool legacy) =>
        Assert.That(LegacyFont.Of(font)!.Encodes(text), Is.EqualTo(legacy));

    /// <summary>What glibc's iconv makes of each byte, one string per byte; ignored where iconv is missing.</summary>
    private static string[] Iconv(byte[] bytes, string encoding)
    {
        var start = new ProcessStartInfo("iconv", ["-f", encoding, "-t", "UTF-32LE"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("iconv is not installed (Debian package libc-bin)");
            throw;
        }

        using (process)
        {
            process.StandardInput.BaseStream.Write(bytes);
            process.StandardInput.Close();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            var text = Encoding.UTF32.GetString(output.ToArray());
            Assert.That(text, Has.Length.EqualTo(bytes.Length), "one character per byte");
            return text.Select(c => c.ToString()).ToArray();
        }
    }
}
