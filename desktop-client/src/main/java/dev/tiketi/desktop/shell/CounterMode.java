package dev.tiketi.desktop.shell;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.TiketiApp;
import dev.tiketi.desktop.cashup.CashUpController;
import dev.tiketi.desktop.cashup.CashUpViewModel;
import dev.tiketi.desktop.counter.CounterController;
import dev.tiketi.desktop.counter.CounterViewModel;
import dev.tiketi.desktop.orders.OrdersController;
import dev.tiketi.desktop.orders.OrdersViewModel;
import dev.tiketi.desktop.ui.Background;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Printers;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import dev.tiketi.desktop.admin.AdminPanel;
import dev.tiketi.desktop.admin.AdminSections;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The staff terminal: tabs Sell (the counter), Orders (look-up, refund, reprint) and Cash-up, each with its
 * keys. Admins get the same tabs and an Admin tab.
 */
public final class CounterMode implements Mode {
    private final CounterViewModel vm;
    private final CounterController sell;
    private final OrdersController orders;
    private final CashUpController cashUp;
    private final TabPane tabs;
    private final Tab sellTab;
    private final Tab ordersTab;
    private final Tab cashTab;
    private final AdminPanel adminPanel;

    public CounterMode(Session session, CounterViewModel vm, Path printFolder, Notifier notifier, boolean admin) {
        this.vm = vm;
        Messages m = session.messages();
        // "" is "save as PDF"; the remembered printer stays a choice even while the system does not list it
        ObservableList<String> printers = FXCollections.observableArrayList("");
        if (!vm.printing().printerProperty().get().isEmpty()) {
            printers.add(vm.printing().printerProperty().get());
        }
        Background.run(Printers::names) // CUPS may be slow: not on the FX thread
                .onSuccess(names -> names.stream().filter(n -> !printers.contains(n)).forEach(printers::add)).start();
        sell = new CounterController(vm, printFolder, printers);
        OrdersViewModel ordersVm = new OrdersViewModel(session, vm.holdProperty(), vm::basketUsedElsewhere, vm.printing().printerProperty());
        orders = new OrdersController(ordersVm, printFolder);
        cashUp = new CashUpController(new CashUpViewModel(session), printFolder, m);
        vm.onNotice(n -> {
            if (n.warning()) {
                notifier.warning(n.text());
            } else {
                notifier.success(n.text());
            }
        });
        ordersVm.onRefunded(notifier::success);
        sellTab = new Tab(m.text("tab.sell"), TiketiApp.load("counter/Counter.fxml", m, sell, sell.till()));
        ordersTab = new Tab(m.text("tab.orders"), TiketiApp.load("orders/Orders.fxml", m, orders));
        cashTab = new Tab(m.text("tab.cashup"), TiketiApp.load("cashup/CashUp.fxml", m, cashUp));
        tabs = new TabPane(sellTab, ordersTab, cashTab);
        if (admin) {
            adminPanel = new AdminPanel(AdminSections.of(session, notifier), false);
            Tab adminTab = new Tab(m.text("shell.adminTab"), adminPanel.view());
            adminTab.setId("adminTab");
            // the panel's sections poll only while the admin looks at them, not while selling at the Sell tab
            adminTab.selectedProperty().addListener((o, was, is) -> adminPanel.showing(is));
            tabs.getTabs().add(adminTab);
        } else {
            adminPanel = null;
        }
        tabs.setId("tabs");
        vm.onUnexpected(e -> ErrorDialogs.show(m, tabs.getScene() == null ? null : tabs.getScene().getWindow(), e));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == cashTab) {
                cashUp.opened();
            } else if (b == ordersTab) {
                orders.focus();
            } else if (b == sellTab) {
                vm.refreshDrawer();
            }
        });
    }

    @Override
    public Parent view() {
        return tabs;
    }

    @Override
    public void keys(ShortcutRegistry keys) {
        sell.keys(keys, sellTab::isSelected);
        orders.keys(keys, ordersTab::isSelected);
        cashUp.keys(keys, cashTab::isSelected);
        keys.on(Shortcuts.SELL, () -> tabs.getSelectionModel().select(sellTab));
        keys.on(Shortcuts.ORDERS, () -> tabs.getSelectionModel().select(ordersTab));
        keys.on(Shortcuts.CASHUP, () -> tabs.getSelectionModel().select(cashTab));
    }

    /** The admin panel, or null for a clerk (tests). */
    public AdminPanel adminPanel() {
        return adminPanel;
    }

    /** The tabs, in order (tests). */
    public List<Tab> tabs() {
        return tabs.getTabs();
    }

    @Override
    public void close() {
        if (adminPanel != null) {
            adminPanel.close();
        }
        vm.close(); // releases the basket's holds and closes the event's feeds; the drawer stays with the terminal
    }
}
