<#ftl output_format="plainText">
<#-- The frame every plain-text email shares. -->
<#macro email>
<#nested>

${msg("common.signoff")}
${senderName}

--
${msg("common.footer", senderName, letterhead.address)}
</#macro>

<#-- "Dear Ana López," to the client's contact person, or to the company without one. -->
<#function greeting>
  <#if contactName??>
    <#return msg("common.greeting.person", contactName)>
  <#else>
    <#return msg("common.greeting.company", clientName)>
  </#if>
</#function>
