<#ftl output_format="plainText">
<#-- The frame every plain-text email shares. -->
<#macro email>
<#nested>

${msg("common.signoff")}
${senderName}

--
${msg("common.footer", senderName)}
</#macro>
