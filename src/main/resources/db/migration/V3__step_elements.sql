-- Which BPMN element each completed step was, so the case page can mark its path on the diagram.
alter table process_steps add column element_id varchar(100);
