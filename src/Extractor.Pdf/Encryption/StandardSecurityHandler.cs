using System.Security.Cryptography;
using System.Text;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Encryption;

/// <summary>
/// The standard security handler, revisions 2–6 (RC4 40/128-bit, AES-128, AES-256): authenticates the user
/// password and decrypts strings and streams with per-object keys.
/// </summary>
internal sealed class StandardSecurityHandler
{
    // Algorithm 2's padding string, from the PDF specification.
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _fileKey;
    private readonly CryptMethod _stringMethod;
    private readonly CryptMethod _streamMethod;
    private readonly ReadContext _context;

    private StandardSecurityHandler(byte[] fileKey, CryptMethod stringMethod, CryptMethod streamMethod, bool encryptMetadata, ReadContext context)
    {
        _fileKey = fileKey;
        _stringMethod = stringMethod;
        _streamMethod = streamMethod;
        EncryptMetadata = encryptMetadata;
        _context = context;
    }

    public bool EncryptMetadata { get; }

    /// <summary>Authenticates <see cref="PdfReadOptions.Password"/> as the user password, or throws <see cref="PdfPasswordRequiredException"/>.</summary>
    public static StandardSecurityHandler Open(PdfDictionary encrypt, byte[] firstId, ReadContext context)
    {
        var filter = encrypt.GetName("Filter");
        if (filter != "Standard")
        {
            throw new PdfUnsupportedException($"security handler /{filter ?? "(none)"} is not supported; only /Standard is");
        }

        var version = IntegerOf(encrypt, "V", 0);
        var revision = IntegerOf(encrypt, "R", 2);
        var owner = BytesOf(encrypt, "O");
        var user = BytesOf(encrypt, "U");
        var encryptMetadata = encrypt["EncryptMetadata"] is not PdfBoolean { Value: false };
        var password = context.Options.Password;
        var (stringMethod, streamMethod) = MethodsOf(encrypt, version);

        byte[]? fileKey = revision >= 5
            ? AuthenticateAes256(Encoding.UTF8.GetBytes(password), user, BytesOf(encrypt, "UE"), revision)
            : AuthenticateRc4Era(Encoding.Latin1.GetBytes(password), owner, user, encrypt, firstId, version, revision, encryptMetadata);
        if (fileKey is null)
        {
            var which = password.Length == 0 ? "the empty user password" : "the given password";
            throw new PdfPasswordRequiredException($"the file is encrypted (standard security handler R{revision}) and {which} does not open it; a user password is required");
        }

        return new StandardSecurityHandler(fileKey, stringMethod, streamMethod, encryptMetadata, context);
    }

    public byte[] DecryptString(ObjectId id, byte[] data) => Decrypt(_stringMethod, id, data);

    public byte[] DecryptStream(ObjectId id, ReadOnlySpan<byte> data) => Decrypt(_streamMethod, id, data);

    private byte[] Decrypt(CryptMethod method, ObjectId id, ReadOnlySpan<byte> data) => method switch
    {
        CryptMethod.Rc4 => Rc4.Transform(ObjectKey(id, aes: false), data),
        CryptMethod.AesV2 => DecryptAes(ObjectKey(id, aes: true), data),
        CryptMethod.AesV3 => DecryptAes(_fileKey, data),
        _ => data.ToArray(),
    };

    /// <summary>Algorithm 1: the file key extended by object number and generation (and "sAlT" for AES), hashed with MD5.</summary>
    private byte[] ObjectKey(ObjectId id, bool aes)
    {
        Span<byte> input = stackalloc byte[_fileKey.Length + 9];
        _fileKey.CopyTo(input);
        var at = _fileKey.Length;
        input[at++] = (byte)id.Number;
        input[at++] = (byte)(id.Number >> 8);
        input[at++] = (byte)(id.Number >> 16);
        input[at++] = (byte)id.Generation;
        input[at++] = (byte)(id.Generation >> 8);
        if (aes)
        {
            "sAlT"u8.CopyTo(input[at..]);
            at += 4;
        }

        return MD5.HashData(input[..at])[..Math.Min(_fileKey.Length + 5, 16)];
    }

    private byte[] DecryptAes(byte[] key, ReadOnlySpan<byte> data)
    {
        // The first block is the IV; a body that is no whole number of blocks was damaged, so its tail is dropped.
        var bodyLength = (data.Length - 16) / 16 * 16;
        if (bodyLength <= 0)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var iv = data[..16];
        var body = data.Slice(16, bodyLength);
        try
        {
            return aes.DecryptCbc(body, iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            _context.Repair("AES data has bad padding; kept it unpadded");
            return aes.DecryptCbc(body, iv, PaddingMode.None);
        }
    }

    private static (CryptMethod Strings, CryptMethod Streams) MethodsOf(PdfDictionary encrypt, int version)
    {
        switch (version)
        {
            case 1 or 2:
                return (CryptMethod.Rc4, CryptMethod.Rc4);
            case 4 or 5:
                var filters = encrypt["CF"] as PdfDictionary ?? PdfDictionary.Empty;
                return (FilterMethod(filters, encrypt.GetName("StrF")), FilterMethod(filters, encrypt.GetName("StmF")));
            default:
                throw new PdfUnsupportedException($"standard security handler /V {version} is not supported");
        }
    }

    private static CryptMethod FilterMethod(PdfDictionary filters, string? name)
    {
        if (name is null or "Identity")
        {
            return CryptMethod.None;
        }

        return (filters[name] as PdfDictionary)?.GetName("CFM") switch
        {
            "V2" => CryptMethod.Rc4,
            "AESV2" => CryptMethod.AesV2,
            "AESV3" => CryptMethod.AesV3,
            null or "None" => CryptMethod.None,
            var other => throw new PdfUnsupportedException($"crypt filter method /{other} is not supported"),
        };
    }

    /// <summary>Algorithms 2, 4 and 5 (revisions 2–4): the file key, when <paramref name="password"/> is the user password.</summary>
    private static byte[]? AuthenticateRc4Era(byte[] password, byte[] owner, byte[] user, PdfDictionary encrypt, byte[] firstId, int version, int revision, bool encryptMetadata)
    {
        var keyLength = version == 1 ? 5 : Math.Clamp(IntegerOf(encrypt, "Length", 128) / 8, 5, 16);
        if (revision == 2)
        {
            keyLength = 5;
        }

        var permissions = (uint)IntegerOf(encrypt, "P", 0);
        var input = new List<byte>(128);
        input.AddRange(Padded(password));
        input.AddRange(owner.Take(32));
        input.AddRange([(byte)permissions, (byte)(permissions >> 8), (byte)(permissions >> 16), (byte)(permissions >> 24)]);
        input.AddRange(firstId);
        if (revision >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = MD5.HashData([.. input]);
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        var key = hash[..keyLength];
        if (revision == 2)
        {
            return Rc4.Transform(key, Padding).AsSpan().SequenceEqual(user.AsSpan(0, Math.Min(32, user.Length))) ? key : null;
        }

        var check = MD5.HashData([.. Padding, .. firstId]);
        var xored = new byte[keyLength];
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < keyLength; i++)
            {
                xored[i] = (byte)(key[i] ^ round);
            }

            check = Rc4.Transform(xored, check);
        }

        // Only the first 16 bytes of /U are defined in revisions 3 and 4.
        return user.Length >= 16 && check.AsSpan().SequenceEqual(user.AsSpan(0, 16)) ? key : null;
    }

    /// <summary>Revisions 5 and 6 (AES-256): checks the password against /U and unwraps the file key from /UE.</summary>
    private static byte[]? AuthenticateAes256(byte[] password, byte[] user, byte[] userKey, int revision)
    {
        if (user.Length < 48 || userKey.Length < 32)
        {
            throw new PdfCorruptException("AES-256 encryption dictionary has a short /U or /UE");
        }

        password = password.Length > 127 ? password[..127] : password;
        var validationSalt = user.AsSpan(32, 8);
        var keySalt = user.AsSpan(40, 8);
        if (!Hash(password, validationSalt, revision).AsSpan().SequenceEqual(user.AsSpan(0, 32)))
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = Hash(password, keySalt, revision);
        return aes.DecryptCbc(userKey.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    private static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, int revision) =>
        revision == 5 ? SHA256.HashData([.. password, .. salt]) : HardenedHash(password, salt);

    /// <summary>Algorithm 2.B of ISO 32000-2 (revision 6), for the user password (no /U data mixed in).</summary>
    private static byte[] HardenedHash(byte[] password, ReadOnlySpan<byte> salt)
    {
        var k = SHA256.HashData([.. password, .. salt]);
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            byte[] block = [.. password, .. k];
            var k1 = new byte[block.Length * 64];
            for (var i = 0; i < 64; i++)
            {
                block.CopyTo(k1, i * block.Length);
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            // The first 16 bytes as a big-endian number mod 3 equal their byte sum mod 3, since 256 ≡ 1 (mod 3).
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };

            // Stop after at least 64 rounds once E's last byte is at most (rounds done) - 32; rounds done = round + 1.
            if (round >= 63 && e[^1] <= round + 1 - 32)
            {
                return k[..32];
            }
        }
    }

    private static byte[] Padded(byte[] password)
    {
        var padded = new byte[32];
        var n = Math.Min(32, password.Length);
        password.AsSpan(0, n).CopyTo(padded);
        Padding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }

    private static int IntegerOf(PdfDictionary dictionary, string key, int fallback) => dictionary[key] switch
    {
        PdfInteger value => unchecked((int)value.Value),
        _ => fallback,
    };

    private static byte[] BytesOf(PdfDictionary dictionary, string key) =>
        (dictionary[key] as PdfString)?.Bytes ?? throw new PdfCorruptException($"encryption dictionary has no /{key} string");
}
