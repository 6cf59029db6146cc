<#-- The sentences of the termination notice that depend on the case, shared by the HTML and
     plain-text emails and the letter. Functions return plain text; each caller escapes it for
     its own format. -->

<#-- Why it ends, by the route that led here: "despite our efforts to adjust the agreement" only
     where a repair was really tried. -->
<#function routeSentence>
  <#switch route>
    <#case "DECLINED">
      <#return msg("notice.reason.DECLINED", fmt.date(proposedOn), fmt.date(answeredOn))>
    <#case "EXPIRED">
      <#return msg("notice.reason.EXPIRED", fmt.date(proposedOn), fmt.date(proposalDeadline))>
    <#case "PROBATION">
      <#return msg("notice.reason.PROBATION", fmt.date(answeredOn!proposedOn))>
    <#default>
      <#return msg("notice.reason." + route)>
  </#switch>
</#function>

<#function deliverablesSummary>
  <#if deliverablesOwed?has_content>
    <#return msg("notice.deliverables.owed", deliverablesOwed?size)>
  <#elseif deliverablesDone?has_content>
    <#return msg("notice.deliverables.allDone")>
  <#else>
    <#return msg("notice.deliverables.none")>
  </#if>
</#function>

<#function earlyFeeSentence>
  <#if earlyTerminationFee gt 0>
    <#return msg("notice.earlyFee", fmt.money(earlyTerminationFee, currency))>
  <#else>
    <#return msg("notice.earlyFee.none")>
  </#if>
</#function>

<#-- The contract's own words, quoted as such: «…» in Spanish, “…” in English. -->
<#function quoted text>
  <#return msg("common.quote", text?trim)>
</#function>

<#function subject>
  <#return msg("notice.subject", fmt.date(exitDate))>
</#function>
