var menu = document.getElementById('menu'), toggle = document.getElementById('menu-toggle');
var open = false;
toggle.onclick = function () {
  open = !open;
  menu.style.display = open ? 'block' : 'none';
  toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  return false;
};
for (var i = 0; i < menu.children.length; i++) {
  if (menu.children[i].href === location.href) menu.children[i].className += ' active';
}
