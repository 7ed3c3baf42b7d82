using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Extractor.Pdf;
using Extractor.Reading;
using NUnit.Framework;

namespace Extractor.Tests;

/// <summary>
/// The libraries' public types and members, written out and compared with the approved list
/// beside this file, so that widening or changing the surface other programs build on is a
/// decision made in review. Set EXTRACTOR_APPROVE_API=1 to write the current surface as approved.
/// </summary>
public sealed class PublicApiTests
{
    [TestCase(typeof(ReportFile), "Extractor.Core")]
    [TestCase(typeof(PdfDocument), "Extractor.Pdf")]
    public void The_public_surface_is_the_approved_one(Type member, string name)
    {
        var approved = Path.Combine(TestFiles.RepositoryRoot, "tests", "Extractor.Tests", "PublicApi", $"{name}.txt");
        var current = Surface(member.Assembly);
        if (Environment.GetEnvironmentVariable("EXTRACTOR_APPROVE_API") == "1")
        {
            File.WriteAllText(approved, current);
        }

        Assert.That(File.Exists(approved), $"{approved} is missing; run the tests once with EXTRACTOR_APPROVE_API=1");
        Assert.That(Changes(File.ReadAllText(approved), current), Is.Empty,
            $"the public surface of {name} differs from {approved} (- approved, + current); if intended, approve it with EXTRACTOR_APPROVE_API=1");
    }

    [Test]
    public void The_stage_entries_are_public_and_their_helpers_are_not()
    {
        var exported = typeof(ReportFile).Assembly.GetExportedTypes().Select(t => t.Name).ToList();

        Assert.That(exported, Is.SupersetOf(new[] { "ReportFile", "ReportAssembler", "IndicatorExtraction", "ReportStores", "IReportStore", "IndicatorCsv", "IndicatorXlsx", "ReportJson", "Report", "IndicatorRecord" }));
        Assert.That(exported, Has.None.AnyOf("QuantityScanner", "Vni", "Tcvn3", "LegacyFont", "ParagraphBuilder", "Passages", "SqliteReportStore", "VietnameseFold", "PdfReader"));
    }

    [Test]
    public void A_changed_member_shows_as_one_line_gone_and_one_line_new()
    {
        var changes = Changes("class A\n  method Int32 Count()\n", "class A\n  method Int64 Count()\n");

        Assert.That(changes, Is.EqualTo(new[] { "- class A :: method Int32 Count()", "+ class A :: method Int64 Count()" }));
    }

    /// <summary>Each exported type on a line (kind and full name), then its public and protected members on indented lines, all sorted.</summary>
    private static string Surface(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }
        return text.ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => $"value {f.Name}");
        }
        var members = type.GetMembers(declared).Where(Visible).Where(m => !IsGenerated(m));
        return members.Select(Signature).OfType<string>().Distinct();
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(Visible),
        EventInfo e => e.AddMethod is { } add && Visible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    /// <summary>What the compiler writes for records (Clone, EqualityContract, PrintMembers) and accessors, which properties already show.</summary>
    private static bool IsGenerated(MemberInfo member) =>
        member.Name.StartsWith('<') || member.Name is "EqualityContract" or "PrintMembers"
        || member is MethodInfo { IsSpecialName: true } m && !m.Name.StartsWith("op_", StringComparison.Ordinal)
        || member.IsDefined(typeof(CompilerGeneratedAttribute)) && member is not PropertyInfo;

    private static string? Signature(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"method {Static(m)}{Name(m.ReturnType, Nullability().Create(m.ReturnParameter))} {m.Name}{Generics(m)}({Parameters(m)})",
        PropertyInfo p => $"property {Static(p.GetMethod ?? p.SetMethod!)}{Name(p.PropertyType, Nullability().Create(p))} {p.Name} {{ {Accessors(p)}}}",
        FieldInfo f => $"field {(f.IsStatic ? "static " : "")}{(f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType, Nullability().Create(f))} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {Kind(t)} {t.Name}",
        _ => null,
    };

    /// <summary>A new context each time: the framework's is not safe across threads.</summary>
    private static NullabilityInfoContext Nullability() => new();

    /// <summary>The type's name, with "?" where a reference may be null, so that making a member nullable shows.</summary>
    private static string Name(Type type, NullabilityInfo nullability) =>
        Name(type) + (!type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? "?" : "");

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { } get && Visible(get))
        {
            text.Append("get; ");
        }
        if (property.SetMethod is { } set && Visible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            text.Append(init ? "init; " : "set; ");
        }
        return text.ToString();
    }

    private static string Static(MethodBase method) => method.IsStatic ? "static " : "";

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType, Nullability().Create(p))} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Kind(Type type) =>
        type.IsInterface ? "interface"
        : type.IsEnum ? "enum"
        : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
        : type.IsAbstract && type.IsSealed ? "static class"
        : (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : "") + (IsRecord(type) ? "record" : "class");

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    /// <summary>Type names as C# writes them: ours with their namespace, the framework's by name, nullable value types with "?".</summary>
    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : type.DeclaringType is null && type.Namespace is { } ns && type.IsPublic && !ns.StartsWith("System", StringComparison.Ordinal) ? $"{ns}.{type.Name}" : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }
        var tick = name.IndexOf('`');
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }

    private static IEnumerable<string> Changes(string approved, string current)
    {
        var before = Qualified(approved).ToList();
        var after = Qualified(current).ToList();
        return before.Except(after).Select(l => $"- {l}").Concat(after.Except(before).Select(l => $"+ {l}"));
    }

    /// <summary>Member lines prefixed with their type's line, so that the same member of two types are two lines.</summary>
    private static IEnumerable<string> Qualified(string surface)
    {
        var type = "";
        foreach (var line in surface.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(' '))
            {
                yield return $"{type} :: {line.Trim()}";
            }
            else
            {
                type = line;
                yield return type;
            }
        }
    }
}
