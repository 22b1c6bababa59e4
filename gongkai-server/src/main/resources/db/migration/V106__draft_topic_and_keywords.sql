-- A draft carries its 主题分类 and 关键词 to the item it becomes (stored like publication.topic and .keywords:
-- keywords one per line, null when there are none).

alter table publication_draft add column topic varchar(200);
alter table publication_draft add column keywords varchar(2000);
