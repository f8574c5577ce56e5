using System.Collections.Frozen;
using CrlmDecision.Facts;
using CrlmDecision.Localisation;

namespace CrlmDecision.Reports;

/// <summary>
/// The words a report is written with in one language, beyond the rule set's own texts: headings, strengths,
/// fact names, the contract's words and the sentences the library composes. One table per language, so the
/// table, Markdown and HTML reports and the summary line say the same thing.
/// </summary>
/// <remarks>
/// The Chinese follows the review's own terms (e.g. 余肝体积, 消融治疗, 转化治疗); a word without an entry is
/// shown as the contract writes it.
/// </remarks>
public sealed partial class ReportWords
{
    /// <summary>English.</summary>
    public static ReportWords English { get; } = new(ReportLanguage.English, EnglishHeadings(), EnglishFacts(), new Dictionary<string, string>());

    /// <summary>Simplified Chinese.</summary>
    public static ReportWords Chinese { get; } = new(ReportLanguage.Chinese, ChineseHeadings(), ChineseFacts(), ChineseWords());

    private readonly FrozenDictionary<string, string> _headings;
    private readonly FrozenDictionary<string, string> _facts;
    private readonly FrozenDictionary<string, string> _words;

    private ReportWords(ReportLanguage language, Dictionary<string, string> headings, Dictionary<string, string> facts, Dictionary<string, string> words)
    {
        Language = language;
        _headings = headings.ToFrozenDictionary(StringComparer.Ordinal);
        _facts = facts.ToFrozenDictionary(StringComparer.Ordinal);
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The language of these words.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The keys every language's heading table has (a test checks both tables have exactly these).</summary>
    public IReadOnlyCollection<string> HeadingKeys => _headings.Keys;

    /// <summary>The keys every language's fact-name table has.</summary>
    public IReadOnlyCollection<string> FactKeys => _facts.Keys;

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ReportWords Of(ReportLanguage language) => language == ReportLanguage.Chinese ? Chinese : English;

    /// <summary>A heading or label, by its key (e.g. <c>summary</c>, <c>reasons</c>, <c>decisiveFacts</c>).</summary>
    /// <exception cref="KeyNotFoundException">No heading has that key.</exception>
    public string Heading(string key) => _headings[key];

    /// <summary>The heading <paramref name="key"/> with its <c>{0}</c>, <c>{1}</c> ... filled in (invariant culture).</summary>
    public string Format(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Heading(key), arguments);

    /// <summary>The strength as a person reads it: "recommended", "to consider" / 推荐, 可考虑 ...</summary>
    public string Strength(Strength strength) => Heading("strength." + Words<Strength>.Of(strength));

    /// <summary>
    /// A fact's name (e.g. <c>liver.futureLiverRemnantPercent</c> -> "future liver remnant (%)" / "余肝体积(%)"); a lesion
    /// fact is named by its catalogue path (<c>liver.lesions[].depth</c>) or a lesion's (<c>liver.lesions[2].depth</c>).
    /// </summary>
    public string Fact(string path)
    {
        var key = LesionIndex().Replace(path, "[]");
        return _facts.TryGetValue(key, out var name) ? name : path;
    }

    /// <summary>A contract word (a fact's value or a detail's value) in this language; the word itself where there is no entry.</summary>
    public string Word(string word) => _words.GetValueOrDefault(word, word);

    /// <summary>A fact value as a person reads it: words translated, true/false as yes/no, lists joined, numbers invariant.</summary>
    public string Value(object? value) => value switch
    {
        null => Heading("unknown"),
        bool b => Heading(b ? "yes" : "no"),
        string s => Word(s),
        IEnumerable<string> list => string.Join(Heading("summary.list"), list.Select(Word)),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex LesionIndex();

    private static Dictionary<string, string> EnglishHeadings() => new(StringComparer.Ordinal)
    {
        ["title"] = "CRLM local treatment options",
        ["patient"] = "Patient",
        ["ruleSet"] = "Rule set",
        ["date"] = "Date",
        ["summary"] = "Summary",
        ["options"] = "Ranked options",
        ["option"] = "option",
        ["strength"] = "strength",
        ["score"] = "score",
        ["details"] = "details",
        ["reasons"] = "Reasons",
        ["cautions"] = "Cautions",
        ["notEvaluated"] = "Not evaluated, facts missing",
        ["alsoFor"] = "Also for options {0}",
        ["ruleFailed"] = "rule failed",
        ["combineWith"] = "Combine with",
        ["overruledBy"] = "Overruled by {0}",
        ["review"] = "review",
        ["pendingIf"] = "{0}={1} if {2} applies — {3} unknown",
        ["aFact"] = "a fact",
        ["notes"] = "Notes",
        ["trials"] = "Trials (investigational, not ranked)",
        ["investigational"] = "investigational",
        ["decisiveFacts"] = "Facts that would change the decision",
        ["decisiveFactsNone"] = "No unknown fact would change the top option or its strength.",
        ["decisiveFactsNote"] = "Each fact varied alone, the others as given; two unknown facts together may change what neither changes alone.",
        ["unchanged"] = "unchanged",
        ["missingFacts"] = "Missing facts",
        ["neededBy"] = "needed by",
        ["facts"] = "Facts given",
        ["known"] = "Known",
        ["notKnown"] = "Not known",
        ["lesion"] = "lesion",
        ["segment"] = "segment",
        ["depth"] = "depth",
        ["liverDiagram"] = "Liver segments (Couinaud)",
        ["segmentUnknown"] = "segment unknown",
        ["factWarnings"] = "Check these facts",
        ["sources"] = "Sources",
        ["disclaimer"] = "Disclaimer",
        ["unknown"] = "unknown",
        ["yes"] = "yes",
        ["no"] = "no",
        ["strength.recommended"] = "recommended",
        ["strength.consider"] = "to consider",
        ["strength.not-advised"] = "not advised",
        ["strength.not-assessable"] = "not assessable",
        ["summary.noLocalOption"] = "No local option recommended or to consider",
        ["summary.option"] = "{0} {1}",
        ["summary.details"] = " ({0})",
        ["summary.list"] = ", ",
        ["summary.separator"] = "; ",
        ["summary.decisive.one"] = "1 fact would change this: {0}",
        ["summary.decisive.many"] = "{0} facts would change this: {1}",
        ["sentence.couldNotAssess"] = "Could not assess",
        ["sentence.couldNotRuleOut"] = "Could not rule out",
        ["sentence.needs"] = "needs {0}",
        ["sentence.failed"] = "rule failed ({0})",
        ["sentence.ifApplies"] = "{0}: {1}; if it applies it would {2} {3} ({4}).",
        ["sentence.caution"] = "{0}: {1} ({2}).",
        ["sentence.recommend"] = "recommend",
        ["sentence.consider"] = "consider",
        ["sentence.adviseAgainst"] = "advise against",
    };

    private static Dictionary<string, string> ChineseHeadings() => new(StringComparer.Ordinal)
    {
        ["title"] = "结直肠癌肝转移局部治疗选择",
        ["patient"] = "患者",
        ["ruleSet"] = "规则集",
        ["date"] = "日期",
        ["summary"] = "结论",
        ["options"] = "治疗选择排序",
        ["option"] = "治疗",
        ["strength"] = "推荐强度",
        ["score"] = "得分",
        ["details"] = "细节",
        ["reasons"] = "理由",
        ["cautions"] = "注意",
        ["notEvaluated"] = "因信息缺失未能评估",
        ["alsoFor"] = "亦适用于第{0}项",
        ["ruleFailed"] = "规则出错",
        ["combineWith"] = "联合",
        ["overruledBy"] = "被{0}否定",
        ["review"] = "综述",
        ["pendingIf"] = "若{2}适用则{0}={1}——{3}未知",
        ["aFact"] = "某项信息",
        ["notes"] = "说明",
        ["trials"] = "临床试验（研究性，不参与排序）",
        ["investigational"] = "研究性",
        ["decisiveFacts"] = "会改变决策的未知信息",
        ["decisiveFactsNone"] = "没有未知信息会改变首选治疗或其推荐强度。",
        ["decisiveFactsNote"] = "每次只改变一项信息，其余按已给出的信息；两项未知信息同时确定时，可能改变单独一项不能改变的结论。",
        ["unchanged"] = "不变",
        ["missingFacts"] = "缺失信息",
        ["neededBy"] = "所需规则",
        ["facts"] = "输入信息",
        ["known"] = "已知",
        ["notKnown"] = "未知",
        ["lesion"] = "病灶",
        ["segment"] = "肝段",
        ["depth"] = "深度",
        ["liverDiagram"] = "肝段分布（Couinaud分段）",
        ["segmentUnknown"] = "肝段未知",
        ["factWarnings"] = "请核对以下信息",
        ["sources"] = "参考文献",
        ["disclaimer"] = "声明",
        ["unknown"] = "未知",
        ["yes"] = "是",
        ["no"] = "否",
        ["strength.recommended"] = "推荐",
        ["strength.consider"] = "可考虑",
        ["strength.not-advised"] = "不建议",
        ["strength.not-assessable"] = "无法评估",
        ["summary.noLocalOption"] = "无推荐或可考虑的局部治疗",
        ["summary.option"] = "{1}{0}",
        ["summary.details"] = "（{0}）",
        ["summary.list"] = "、",
        ["summary.separator"] = "；",
        ["summary.decisive.one"] = "1项信息会改变此结论：{0}",
        ["summary.decisive.many"] = "{0}项信息会改变此结论：{1}",
        ["sentence.couldNotAssess"] = "无法评估",
        ["sentence.couldNotRuleOut"] = "无法排除",
        ["sentence.needs"] = "需要：{0}",
        ["sentence.failed"] = "规则出错（{0}）",
        ["sentence.ifApplies"] = "{0}：{1}；若适用，将{2}{3}（{4}）。",
        ["sentence.caution"] = "{0}：{1}（{2}）。",
        ["sentence.recommend"] = "推荐",
        ["sentence.consider"] = "考虑",
        ["sentence.adviseAgainst"] = "不建议",
    };

    private static Dictionary<string, string> EnglishFacts() => new(StringComparer.Ordinal)
    {
        ["phase"] = "question",
        ["ecog"] = "ECOG",
        ["fitForMajorSurgery"] = "fit for major liver surgery",
        ["primaryTumor.location"] = "primary site",
        ["primaryTumor.resected"] = "primary resected",
        ["primaryTumor.nodePositive"] = "node-positive primary",
        ["primaryTumor.timing"] = "timing of liver metastases",
        ["molecular.ras"] = "RAS",
        ["molecular.braf"] = "BRAF",
        ["molecular.msi"] = "MSI",
        ["liver.lesions"] = "liver lesions",
        ["liver.lesionCount"] = "number of lesions",
        ["liver.lesions[].id"] = "lesion id",
        ["liver.lesions[].diameterMm"] = "lesion diameter (mm)",
        ["liver.lesions[].segment"] = "lesion segment",
        ["liver.lesions[].depth"] = "lesion depth",
        ["liver.lesions[].nearMajorVessel"] = "lesion near a major vessel",
        ["liver.lesions[].abutsGlissoneanPedicle"] = "lesion abuts a Glissonean pedicle",
        ["liver.lesions[].adjacentToCriticalStructure"] = "lesion next to a critical structure",
        ["liver.lesions[].adjacentToBileDuct"] = "lesion next to the main bile duct",
        ["liver.lesions[].adjacentToBowel"] = "lesion next to bowel",
        ["liver.lesions[].visibleOnImaging"] = "lesion visible on imaging",
        ["liver.futureLiverRemnantPercent"] = "FLR (%)",
        ["liver.parenchyma"] = "liver parenchyma",
        ["liver.r0ResectionFeasible"] = "R0 resection feasible",
        ["extrahepaticDisease"] = "extrahepatic disease",
        ["ceaNgPerMl"] = "CEA (ng/mL)",
        ["diseaseFreeIntervalMonths"] = "disease-free interval (months)",
        ["recurrence.afterLocalLiverTherapy"] = "recurrence after local liver therapy",
        ["recurrence.priorLiverRadiation"] = "prior liver radiation",
        ["systemicTherapy.linesReceived"] = "lines of systemic therapy",
        ["systemicTherapy.response"] = "response to systemic therapy",
        ["systemicTherapy.refractory"] = "chemorefractory",
        ["postoperativeCtDna"] = "postoperative ctDNA",
        ["centre.laparoscopicLiverExpertise"] = "centre's laparoscopic expertise",
        ["centre.available"] = "options offered at the centre",
    };

    private static Dictionary<string, string> ChineseFacts() => new(StringComparer.Ordinal)
    {
        ["phase"] = "临床问题",
        ["ecog"] = "ECOG评分",
        ["fitForMajorSurgery"] = "能否耐受大范围肝切除",
        ["primaryTumor.location"] = "原发灶部位",
        ["primaryTumor.resected"] = "原发灶已切除",
        ["primaryTumor.nodePositive"] = "原发灶淋巴结阳性",
        ["primaryTumor.timing"] = "肝转移时相",
        ["molecular.ras"] = "RAS",
        ["molecular.braf"] = "BRAF",
        ["molecular.msi"] = "微卫星状态",
        ["liver.lesions"] = "肝转移灶",
        ["liver.lesionCount"] = "病灶数目",
        ["liver.lesions[].id"] = "病灶编号",
        ["liver.lesions[].diameterMm"] = "病灶直径(mm)",
        ["liver.lesions[].segment"] = "病灶所在肝段",
        ["liver.lesions[].depth"] = "病灶深度",
        ["liver.lesions[].nearMajorVessel"] = "病灶毗邻大血管",
        ["liver.lesions[].abutsGlissoneanPedicle"] = "病灶紧贴Glisson蒂",
        ["liver.lesions[].adjacentToCriticalStructure"] = "病灶毗邻重要结构",
        ["liver.lesions[].adjacentToBileDuct"] = "病灶毗邻主胆管",
        ["liver.lesions[].adjacentToBowel"] = "病灶毗邻肠管",
        ["liver.lesions[].visibleOnImaging"] = "病灶影像可见",
        ["liver.futureLiverRemnantPercent"] = "余肝体积(%)",
        ["liver.parenchyma"] = "肝实质",
        ["liver.r0ResectionFeasible"] = "可否R₀切除",
        ["extrahepaticDisease"] = "肝外转移",
        ["ceaNgPerMl"] = "CEA(ng/mL)",
        ["diseaseFreeIntervalMonths"] = "无病间期(月)",
        ["recurrence.afterLocalLiverTherapy"] = "局部治疗后复发",
        ["recurrence.priorLiverRadiation"] = "既往肝脏放疗",
        ["systemicTherapy.linesReceived"] = "系统治疗线数",
        ["systemicTherapy.response"] = "系统治疗疗效",
        ["systemicTherapy.refractory"] = "化疗难治性",
        ["postoperativeCtDna"] = "术后ctDNA",
        ["centre.laparoscopicLiverExpertise"] = "本中心腹腔镜肝切除经验",
        ["centre.available"] = "本中心可开展的治疗",
    };

    private static Dictionary<string, string> ChineseWords() => new(StringComparer.Ordinal)
    {
        // Facts' words.
        ["pre-treatment"] = "治疗前",
        ["post-hepatectomy"] = "肝切除术后",
        ["yes"] = "是",
        ["no"] = "否",
        ["right-colon"] = "右半结肠",
        ["left-colon"] = "左半结肠",
        ["rectum"] = "直肠",
        ["synchronous"] = "同时性",
        ["metachronous"] = "异时性",
        ["wild-type"] = "野生型",
        ["mutant"] = "突变型",
        ["v600e"] = "V600E突变",
        ["mss"] = "MSS",
        ["msi-high"] = "MSI-H",
        ["superficial"] = "浅表",
        ["deep"] = "深部",
        ["normal"] = "正常",
        ["steatosis"] = "脂肪变性",
        ["chemotherapy-injury"] = "化疗相关肝损伤",
        ["cirrhosis"] = "肝硬化",
        ["none"] = "无",
        ["limited-resectable"] = "局限且可切除",
        ["unresectable"] = "不可切除",
        ["naive"] = "未接受系统治疗",
        ["responding"] = "有效",
        ["stable"] = "稳定",
        ["progressing"] = "进展",
        ["intolerant"] = "不耐受",
        ["positive"] = "阳性",
        ["negative"] = "阴性",
        ["not-tested"] = "未检测",
        ["unknown"] = "未知",

        // Evidence.
        ["randomised-trial"] = "随机对照试验",
        ["meta-analysis"] = "荟萃分析",
        ["prospective"] = "前瞻性研究",
        ["retrospective"] = "回顾性研究",
        ["guideline"] = "指南",
        ["consensus"] = "共识",

        // Options as words (in lists such as centre.available).
        ["resection"] = "肝切除",
        ["ablation"] = "消融治疗",
        ["sbrt"] = "SBRT",
        ["sirt"] = "SIRT",
        ["haic"] = "HAIC",
        ["tace"] = "TACE",

        // Details' keys and words.
        ["approach"] = "入路",
        ["laparoscopic"] = "腹腔镜",
        ["open"] = "开放",
        ["technique"] = "术式",
        ["parenchymal-sparing"] = "保留肝实质",
        ["anatomical"] = "解剖性",
        ["marginMm"] = "切缘/消融边缘(mm)",
        ["lesionDetection"] = "病灶识别",
        ["gadoxetic-mri+contrast-ious+icg"] = "钆塞酸二钠MRI+术中超声造影+ICG荧光",
        ["modality"] = "方式",
        ["rfa"] = "射频消融",
        ["mwa"] = "微波消融",
        ["rfa-or-mwa"] = "射频或微波消融",
        ["guidance"] = "引导",
        ["mri"] = "MRI引导",
        ["pathway"] = "路径",
        ["alpps"] = "ALPPS",
        ["conversion"] = "转化治疗",
        ["resection-plus-ablation"] = "切除联合消融",
        ["two-stage"] = "门静脉栓塞或两步肝切除",
        ["timing"] = "时机",
        ["simultaneous"] = "同期",
        ["staged"] = "分期",
        ["backbone"] = "联合系统治疗",
        ["fluorouracil"] = "氟尿嘧啶类",
        ["second-line-chemotherapy"] = "二线化疗",
        ["systemic-therapy"] = "系统治疗",
        ["sequence"] = "顺序",
        ["neoadjuvant-systemic-therapy-first"] = "先行新辅助系统治疗",
        ["setting"] = "场景",
        ["adjuvant"] = "辅助治疗",
        ["type"] = "类型",
        ["ctace"] = "cTACE",
        ["debiri"] = "DEBIRI",
        ["deb-tace"] = "DEB-TACE",
    };
}
