<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${msg("common.greeting", clientName)}

${msg("notice.intro")}

${msg("notice.effective", fmt.date(exitDate), terminationClause)}

${msg("notice.reasonsHeading")}
${msg("notice.reason." + recommendation)}
${justification}

${msg("notice.deliverablesHeading")}
<#if deliverables?size == 0>
${msg("notice.deliverables.none")}
<#else>
${msg("notice.deliverables.count", deliverables?size)}
<#list deliverables as d>
<#if d.done>
- ${msg("notice.deliverable.done", d.title, fmt.date(d.deliveredOn))}
<#else>
- ${msg("notice.deliverable.open", d.title, fmt.date(d.dueDate))}
</#if>
</#list>
</#if>

${msg("notice.transitionHeading")}
${msg("notice.handover")}: ${handoverPlan}
${msg("notice.dataReturn")}: ${dataReturn}
${msg("notice.alternatives")}: ${alternatives}
<#if refundAmount??>

${msg("notice.refund", fmt.money(refundAmount, currency))}
</#if>

${msg("notice.contact", transitionContact)}

${msg("notice.thanks")}

${msg("notice.letterAttached")}
</@layout.email>
