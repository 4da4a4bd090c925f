/* 本单位工单: the unit's messages about cases (new work, whistles, reminders, escalations, 督办) from the inbox. */
(function () {
  'use strict';
  const api = window.zhiliCases;
  const box = document.getElementById('notifications');
  if (!box) {
    return;
  }
  const list = document.getElementById('notifications-list');
  const unread = document.getElementById('notifications-unread');

  async function load() {
    const result = await api.call('GET', box.dataset.api + '?loop=case');
    if (!result.ok) {
      list.innerHTML = '<li class="list-group-item text-danger">' + api.text(box.dataset.msgFailed) + '</li>';
      return;
    }
    const items = result.body.slice(0, 30);
    const fresh = result.body.filter(n => !n.read).length;
    unread.textContent = fresh;
    unread.classList.toggle('d-none', fresh === 0);
    list.innerHTML = items.length === 0 ? '<li class="list-group-item text-secondary">' + api.text(box.dataset.msgEmpty) + '</li>'
      : items.map(n => '<li class="list-group-item notification' + (n.read ? ' text-secondary' : '') + '" data-kind="' +
        api.text(n.kind) + '"><a class="font-monospace small" href="' + box.dataset.case + n.itemId + '">' +
        api.text(n.itemRef) + '</a> <span class="text-secondary">' +
        api.text(new Date(n.createdAt).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })) +
        '</span><div>' + api.text(n.message) + '</div></li>').join('');
  }

  document.getElementById('notifications-read').addEventListener('click', async () => {
    await api.call('POST', box.dataset.api + '/read');
    load();
  });
  load();
})();
